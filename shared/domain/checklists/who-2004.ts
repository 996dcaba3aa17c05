import type { ChecklistTemplate } from './template';

/**
 * The four stages of counseling and their items, as listed in "#PINTERNET: Psikoterapi via
 * Internet (Konseling Online)" (seed 004) after WHO (2004) and Gunung et al. (2003). The
 * Indonesian wording follows the paper; the English is ours.
 */
export const WHO_2004: ChecklistTemplate = {
  templateId: 'who2004',
  version: 1,
  name: {
    id: 'Proses konseling empat tahap (WHO 2004)',
    en: 'Four-stage counseling process (WHO 2004)',
  },
  source:
    'WHO (2004); Gunung et al. (2003). Dikutip dalam: #PINTERNET: Psikoterapi via Internet (Konseling Online).',
  stages: [
    {
      stageId: 'who2004.s1',
      title: {
        id: 'Tahap 1 — Membangun hubungan baik dan membina kepercayaan',
        en: 'Stage 1 — Build rapport and trust',
      },
      items: [
        {
          itemId: 'who2004.s1.confidentiality',
          label: {
            id: 'Menjaga rahasia dan mendiskusikan keterbatasan rahasia',
            en: 'Keep confidentiality and discuss its limits',
          },
        },
        {
          itemId: 'who2004.s1.ventilation',
          label: { id: 'Melakukan ventilasi', en: 'Let the client ventilate' },
        },
        {
          itemId: 'who2004.s1.feelings',
          label: { id: 'Mendorong ekspresi perasaan', en: 'Encourage expression of feelings' },
        },
        {
          itemId: 'who2004.s1.exploreProblem',
          label: {
            id: 'Menggali masalah, mendorong klien menceritakannya',
            en: 'Explore the problem, encourage the client to tell it',
          },
        },
        {
          itemId: 'who2004.s1.expectations',
          label: { id: 'Memperjelas harapan klien', en: "Clarify the client's expectations" },
        },
        {
          itemId: 'who2004.s1.counselorRole',
          label: {
            id: 'Menjelaskan apa yang dapat dilakukan konselor dan cara kerjanya',
            en: 'Explain what the counselor can do and how',
          },
        },
        {
          itemId: 'who2004.s1.commitment',
          label: {
            id: 'Menyatakan komitmen konselor bekerja bersama klien',
            en: "State the counselor's commitment to work with the client",
          },
        },
      ],
    },
    {
      stageId: 'who2004.s2',
      title: {
        id: 'Tahap 2 — Definisi dan pengertian peran, batasan dan kebutuhan',
        en: 'Stage 2 — Define roles, limits and needs',
      },
      items: [
        {
          itemId: 'who2004.s2.rolesLimits',
          label: {
            id: 'Mengungkapkan peran dan batasan hubungan konseling',
            en: 'State the roles and limits of the counseling relationship',
          },
        },
        {
          itemId: 'who2004.s2.goalsNeeds',
          label: {
            id: 'Memaparkan dan memperjelas tujuan dan kebutuhan klien',
            en: "Set out and clarify the client's goals and needs",
          },
        },
        {
          itemId: 'who2004.s2.priorities',
          label: {
            id: 'Menyusun prioritas tujuan dan kebutuhan klien',
            en: "Prioritise the client's goals and needs",
          },
        },
        {
          itemId: 'who2004.s2.history',
          label: { id: 'Mengambil riwayat rinci', en: 'Take a detailed history' },
        },
        {
          itemId: 'who2004.s2.beliefs',
          label: {
            id: 'Menggali keyakinan, pengetahuan dan keprihatinan klien',
            en: "Explore the client's beliefs, knowledge and concerns",
          },
        },
      ],
    },
    {
      stageId: 'who2004.s3',
      title: {
        id: 'Tahap 3 — Proses dukungan konseling lanjutan',
        en: 'Stage 3 — Continued counseling support',
      },
      items: [
        {
          itemId: 'who2004.s3.continueExpression',
          label: {
            id: 'Meneruskan ekspresi perasaan/pikiran',
            en: 'Continue the expression of feelings/thoughts',
          },
        },
        {
          itemId: 'who2004.s3.options',
          label: { id: 'Mengidentifikasi opsi/pilihan', en: 'Identify options' },
        },
        {
          itemId: 'who2004.s3.existingCoping',
          label: {
            id: 'Mengidentifikasi keterampilan penyesuaian diri yang telah ada',
            en: 'Identify existing coping skills',
          },
        },
        {
          itemId: 'who2004.s3.furtherCoping',
          label: {
            id: 'Mengembangkan keterampilan penyesuaian diri lebih lanjut',
            en: 'Develop further coping skills',
          },
        },
        {
          itemId: 'who2004.s3.evaluateOptions',
          label: {
            id: 'Mengevaluasi pilihan dan implikasinya',
            en: 'Evaluate options and their implications',
          },
          // The paper's caveat for this stage online (seed 004).
          note: {
            id: 'Bila evaluasi pilihan tidak memadai secara online, minta klien untuk konseling tatap muka.',
            en: 'Where evaluating options online is not enough, ask the client to meet face to face.',
          },
        },
        {
          itemId: 'who2004.s3.behaviourChange',
          label: { id: 'Memungkinkan perubahan perilaku', en: 'Enable behaviour change' },
        },
        {
          itemId: 'who2004.s3.cooperation',
          label: {
            id: 'Mendukung dan menjaga kerjasama dalam masalah klien',
            en: "Support and keep cooperation on the client's problem",
          },
        },
        {
          itemId: 'who2004.s3.monitorGoals',
          label: {
            id: 'Monitoring perbaikan tujuan yang teridentifikasi',
            en: 'Monitor progress on the identified goals',
          },
        },
        {
          itemId: 'who2004.s3.referral',
          label: { id: 'Rujukan yang sesuai', en: 'Appropriate referral' },
        },
      ],
    },
    {
      stageId: 'who2004.s4',
      title: {
        id: 'Tahap 4 — Menutup atau mengakhiri relasi konseling',
        en: 'Stage 4 — Close the counseling relationship',
      },
      items: [
        {
          itemId: 'who2004.s4.actsOnPlan',
          label: { id: 'Klien bertindak sesuai rencana', en: 'The client acts on the plan' },
        },
        {
          itemId: 'who2004.s4.dailyFunctioning',
          label: {
            id: 'Klien menata dan menyesuaikan diri dengan fungsi sehari-hari',
            en: 'The client adjusts to daily functioning',
          },
        },
        {
          itemId: 'who2004.s4.supportSystems',
          label: {
            id: 'Sistem dukungan ada dan diakses',
            en: 'Support systems exist and are accessed',
          },
        },
        {
          itemId: 'who2004.s4.maintainChange',
          label: {
            id: 'Strategi untuk memelihara perubahan baik',
            en: 'Strategies to maintain positive change',
          },
        },
        {
          itemId: 'who2004.s4.disclosure',
          label: {
            id: 'Diskusi dan perencanaan pengungkapan status',
            en: 'Discuss and plan status disclosure',
          },
        },
        {
          itemId: 'who2004.s4.followUps',
          label: {
            id: 'Pertemuan lanjutan dengan interval makin panjang',
            en: 'Follow-up meetings at growing intervals',
          },
        },
        {
          itemId: 'who2004.s4.resources',
          label: {
            id: 'Informasi sumber daya dan rujukan serta cara mengaksesnya',
            en: 'Information on resources and referrals and how to access them',
          },
        },
        {
          itemId: 'who2004.s4.staysAvailable',
          label: {
            id: 'Konselor tetap bersedia membantu bila dibutuhkan',
            en: 'The counselor stays available when needed',
          },
        },
      ],
    },
  ],
};
