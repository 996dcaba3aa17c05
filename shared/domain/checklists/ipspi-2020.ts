import type { ChecklistTemplate } from './template';

/**
 * The online-counseling stages of the Indonesian social workers' association (DPP IPSPI 2020),
 * as given in Rochman, Nurul D.P. & Riyadi, "Konseling Virtual Pekerja Sosial dan Resiliensi
 * Tenaga Medis" (seed 000). The paper names four stages and, for the listening stage, four
 * activities; we do not invent items the paper does not give. Stage 3 is one item because the
 * paper offers a decision *or* a referral: either one completes the stage.
 */
export const IPSPI_2020: ChecklistTemplate = {
  templateId: 'ipspi2020',
  version: 1,
  name: {
    id: 'Tahapan layanan konseling online (IPSPI 2020)',
    en: 'Online counseling stages (IPSPI 2020)',
  },
  source:
    'DPP IPSPI (2020); Nainggolan, M. (2020) Penyediaan Layanan Dukungan Psikososial dalam Merespon Covid-19: Konseling Online. Dikutip dalam: Rochman, U. H., Nurul D.P., P. & Riyadi, S. A., Konseling Virtual Pekerja Sosial dan Resiliensi Tenaga Medis.',
  stages: [
    {
      stageId: 'ipspi2020.s1',
      title: {
        id: 'Tahap 1 — Membangun hubungan baik (rapport)',
        en: 'Stage 1 — Build rapport',
      },
      items: [
        {
          itemId: 'ipspi2020.s1.rapport',
          label: {
            id: 'Membangun hubungan baik (rapport) dengan klien',
            en: 'Build rapport with the client',
          },
        },
      ],
    },
    {
      stageId: 'ipspi2020.s2',
      title: { id: 'Tahap 2 — Mendengarkan', en: 'Stage 2 — Listening' },
      items: [
        {
          itemId: 'ipspi2020.s2.exploreProblem',
          label: { id: 'Menggali masalah', en: 'Explore the problem' },
        },
        {
          itemId: 'ipspi2020.s2.exploreSolutions',
          label: { id: 'Eksplorasi penyelesaian masalah', en: 'Explore solutions' },
        },
        {
          itemId: 'ipspi2020.s2.empathicListening',
          label: { id: 'Mendengarkan empatik', en: 'Listen empathically' },
        },
        {
          itemId: 'ipspi2020.s2.openReflectiveQuestions',
          label: {
            id: 'Mengajukan pertanyaan terbuka dan reflektif',
            en: 'Ask open and reflective questions',
          },
        },
      ],
    },
    {
      stageId: 'ipspi2020.s3',
      title: {
        id: 'Tahap 3 — Pengambilan keputusan atau pemberian rujukan',
        en: 'Stage 3 — Decision or referral',
      },
      items: [
        {
          itemId: 'ipspi2020.s3.decisionOrReferral',
          label: {
            id: 'Klien mengambil keputusan, atau konselor memberikan rujukan',
            en: 'The client makes a decision, or the counselor gives a referral',
          },
        },
      ],
    },
    {
      stageId: 'ipspi2020.s4',
      title: { id: 'Tahap 4 — Pengakhiran', en: 'Stage 4 — Termination' },
      items: [
        {
          itemId: 'ipspi2020.s4.termination',
          label: { id: 'Mengakhiri relasi konseling', en: 'End the counseling relationship' },
        },
      ],
    },
  ],
};
