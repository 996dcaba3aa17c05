import type { ChecklistTemplate } from '../checklists/template';

const q = (itemId: string, id: string, en: string, note?: { id: string; en: string }) => ({
  itemId: `intake.${itemId}`,
  label: { id, en },
  ...(note ? { note } : {}),
});

/**
 * The intake assessment filled at first contact, before counseling starts. Social workers in
 * Jakarta counsel "berdasarkan hasil asesmen terlebih dahulu" (seed 002); online counselors first
 * ask the client to fill in a questionnaire "untuk mengetahui keadaan secara umum" (seed 003).
 * The sections follow what those papers say a counselor needs to know: the general situation, the
 * presenting concern, safety (seed 003: severe cases and suicide risk are not for online work),
 * the support network and family (seed 002: survivors and their families, RT/RW, kelurahan),
 * daily needs and access to aid (seed 002: Dinas Sosial, daily necessities), health (Puskesmas,
 * health facilities), and consent with the limits of confidentiality (WHO 2004, stage 1).
 *
 * It is a versioned template of the same shape as the session checklists (sections are stages,
 * questions are items), so a supervisor edits and publishes it like them; answers are kept by
 * question id, stable across versions.
 */
export const INTAKE_2026: ChecklistTemplate = {
  templateId: 'intake',
  version: 1,
  name: { id: 'Asesmen awal (intake)', en: 'Intake assessment' },
  source:
    'Disusun dari: Rustanto dkk., Praktik Pekerjaan Sosial dalam Outreach dan Pendampingan Penyintas Covid-19 di Jakarta; Ursula, Mengenal Layanan Konseling Online; WHO (2004).',
  stages: [
    {
      stageId: 'intake.general',
      title: { id: 'Situasi umum', en: 'General situation' },
      items: [
        q(
          'general.living',
          'Tinggal di mana dan bersama siapa',
          'Where and with whom the client lives',
        ),
        q(
          'general.work',
          'Pekerjaan, sekolah atau kegiatan sehari-hari',
          'Work, school or daily activities',
        ),
        q(
          'general.source',
          'Dari mana klien datang (rujukan puskesmas, kelurahan, RT/RW, datang sendiri)',
          'How the client came (referred by the health centre, kelurahan, RT/RW, or by themself)',
        ),
        q(
          'general.channel',
          'Cara berkomunikasi yang paling mungkin (tatap muka, telepon, chat, video)',
          'The most workable way to meet (face to face, phone, chat, video)',
          {
            id: 'Catat juga kendala sinyal atau kuota.',
            en: 'Note signal or data-quota problems too.',
          },
        ),
      ],
    },
    {
      stageId: 'intake.concern',
      title: { id: 'Keluhan utama', en: 'Presenting concern' },
      items: [
        q(
          'concern.what',
          'Masalah yang membuat klien mencari bantuan, dengan kata-kata klien',
          "What brings the client, in the client's own words",
        ),
        q('concern.since', 'Sejak kapan dan apa pemicunya', 'Since when, and what set it off'),
        q(
          'concern.tried',
          'Apa yang sudah dicoba dan hasilnya',
          'What the client has already tried, and how it went',
        ),
        q(
          'concern.expectations',
          'Harapan klien dari pendampingan',
          'What the client hopes for from the support',
        ),
      ],
    },
    {
      stageId: 'intake.safety',
      title: { id: 'Keselamatan', en: 'Safety' },
      items: [
        q(
          'safety.selfHarm',
          'Pikiran untuk menyakiti diri atau mengakhiri hidup',
          'Thoughts of self-harm or of ending their life',
          {
            id: 'Bila ada, isi skrining risiko di sesi dan pertimbangkan rujukan tatap muka.',
            en: "If so, fill in the session's risk screen and consider a face-to-face referral.",
          },
        ),
        q(
          'safety.violence',
          'Kekerasan atau ancaman di rumah atau di sekitar',
          'Violence or threats at home or nearby',
        ),
        q(
          'safety.place',
          'Tempat dan orang yang aman bila keadaan memburuk',
          'A safe place and safe people if things get worse',
        ),
      ],
    },
    {
      stageId: 'intake.support',
      title: { id: 'Jaringan dukungan', en: 'Support network' },
      items: [
        q(
          'support.family',
          'Keluarga dan orang terdekat yang mendukung',
          'Family and close people who support the client',
        ),
        q(
          'support.community',
          'Dukungan lingkungan (RT/RW, tokoh masyarakat, komunitas, tempat ibadah)',
          'Community support (RT/RW, community leaders, groups, place of worship)',
        ),
        q(
          'support.services',
          'Layanan atau profesi lain yang sudah terlibat',
          'Services or other professionals already involved',
        ),
      ],
    },
    {
      stageId: 'intake.needs',
      title: { id: 'Kebutuhan sehari-hari', en: 'Daily needs' },
      items: [
        q('needs.basic', 'Pangan, tempat tinggal dan penghasilan', 'Food, housing and income'),
        q(
          'needs.documents',
          'Dokumen kependudukan dan akses bantuan (Dinas Sosial, kelurahan)',
          'Identity documents and access to aid (social services, kelurahan)',
        ),
        q(
          'needs.dependants',
          'Tanggungan (anak, lansia, anggota keluarga yang sakit)',
          'Dependants (children, elderly, family members who are ill)',
        ),
      ],
    },
    {
      stageId: 'intake.health',
      title: { id: 'Kesehatan', en: 'Health' },
      items: [
        q(
          'health.physical',
          'Kondisi kesehatan fisik dan pengobatan yang sedang dijalani',
          'Physical health and current treatment',
        ),
        q(
          'health.access',
          'Akses ke fasilitas kesehatan (puskesmas, rumah sakit)',
          'Access to health facilities (health centre, hospital)',
        ),
        q(
          'health.sleep',
          'Tidur, makan dan tenaga sehari-hari',
          'Sleep, eating and energy from day to day',
        ),
      ],
    },
    {
      stageId: 'intake.consent',
      title: { id: 'Persetujuan', en: 'Consent' },
      items: [
        q(
          'consent.confidentiality',
          'Kerahasiaan dan batas-batasnya sudah dijelaskan',
          'Confidentiality and its limits explained',
        ),
        q(
          'consent.counseling',
          'Persetujuan klien untuk pendampingan',
          "The client's consent to the support",
        ),
        q(
          'consent.contact',
          'Persetujuan dihubungi dan cara yang aman untuk menghubungi',
          'Consent to be contacted, and a safe way to do it',
        ),
      ],
    },
  ],
};
