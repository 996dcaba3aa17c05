import type { ChecklistTemplate } from './template';

/**
 * The three action principles of Psychological First Aid (look, listen, link) and the actions
 * under each, after the WHO field guide. The items paraphrase the guide's action table; the
 * Indonesian wording is ours.
 */
export const WHO_PFA_2011: ChecklistTemplate = {
  templateId: 'whoPfa2011',
  version: 1,
  name: {
    id: 'Pertolongan Pertama Psikologis (WHO 2011)',
    en: 'Psychological First Aid (WHO 2011)',
  },
  source:
    'WHO, War Trauma Foundation & World Vision International (2011) Psychological First Aid: Guide for field workers. Geneva: WHO.',
  stages: [
    {
      stageId: 'whoPfa2011.look',
      title: { id: 'Lihat', en: 'Look' },
      items: [
        {
          itemId: 'whoPfa2011.look.safety',
          label: { id: 'Memeriksa keamanan situasi', en: 'Check for safety' },
        },
        {
          itemId: 'whoPfa2011.look.urgentNeeds',
          label: {
            id: 'Memeriksa orang dengan kebutuhan dasar yang jelas dan mendesak',
            en: 'Check for people with obvious urgent basic needs',
          },
        },
        {
          itemId: 'whoPfa2011.look.distress',
          label: {
            id: 'Memeriksa orang dengan reaksi tekanan (distres) yang berat',
            en: 'Check for people with serious distress reactions',
          },
        },
      ],
    },
    {
      stageId: 'whoPfa2011.listen',
      title: { id: 'Dengarkan', en: 'Listen' },
      items: [
        {
          itemId: 'whoPfa2011.listen.approach',
          label: {
            id: 'Mendekati orang yang mungkin membutuhkan dukungan',
            en: 'Approach people who may need support',
          },
        },
        {
          itemId: 'whoPfa2011.listen.needsConcerns',
          label: {
            id: 'Menanyakan kebutuhan dan kekhawatiran mereka',
            en: "Ask about people's needs and concerns",
          },
        },
        {
          itemId: 'whoPfa2011.listen.calm',
          label: {
            id: 'Mendengarkan dan membantu mereka merasa tenang',
            en: 'Listen to people and help them to feel calm',
          },
        },
      ],
    },
    {
      stageId: 'whoPfa2011.link',
      title: { id: 'Hubungkan', en: 'Link' },
      items: [
        {
          itemId: 'whoPfa2011.link.basicNeeds',
          label: {
            id: 'Membantu memenuhi kebutuhan dasar dan mengakses layanan',
            en: 'Help people address basic needs and access services',
          },
        },
        {
          itemId: 'whoPfa2011.link.coping',
          label: {
            id: 'Membantu mereka menghadapi masalah',
            en: 'Help people cope with problems',
          },
        },
        {
          itemId: 'whoPfa2011.link.information',
          label: { id: 'Memberikan informasi', en: 'Give information' },
        },
        {
          itemId: 'whoPfa2011.link.lovedOnes',
          label: {
            id: 'Menghubungkan dengan orang terdekat dan dukungan sosial',
            en: 'Connect people with loved ones and social support',
          },
        },
      ],
    },
  ],
};
