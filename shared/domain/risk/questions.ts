import { z } from 'zod';
import type { Label } from '../label';

/**
 * The screen asked in every session. Q1–Q6b follow the six-item screener of the Columbia Suicide
 * Severity Rating Scale (C-SSRS screen version, past month; Q6 lifetime with a past-three-months
 * follow-up). The Indonesian is our rendering, not the validated translation: a service that holds
 * a licensed Indonesian C-SSRS should put its wording here.
 *
 * Two more areas come from the papers (seed 003): harm to others, and signs of severe mental
 * disorder, which make a case unfit for online counseling. Those signs are observed, not asked.
 */
export const RiskQuestionId = z.enum([
  'q1WishDead',
  'q2SuicidalThoughts',
  'q3Method',
  'q4Intent',
  'q5Plan',
  'q6Behaviour',
  'q6bRecent',
  'harmOthers',
  'harmOthersImminent',
  'psychosis',
  'disoriented',
]);
export type RiskQuestionId = z.infer<typeof RiskQuestionId>;

export interface RiskQuestion {
  questionId: RiskQuestionId;
  /** Asked of the client, or noted by the counselor from what they observe. */
  mode: 'ask' | 'observe';
  text: Label;
  /** Asked only when this other question was answered yes (the screener's skip logic). */
  askedIf?: { questionId: RiskQuestionId; answer: 'yes' };
}

const ifQ2 = { questionId: 'q2SuicidalThoughts', answer: 'yes' } as const;

export const RISK_QUESTIONS: readonly RiskQuestion[] = [
  {
    questionId: 'q1WishDead',
    mode: 'ask',
    text: {
      id: 'Dalam sebulan terakhir, apakah Anda pernah berharap sudah mati, atau berharap bisa tidur dan tidak bangun lagi?',
      en: 'In the past month, have you wished you were dead or wished you could go to sleep and not wake up?',
    },
  },
  {
    questionId: 'q2SuicidalThoughts',
    mode: 'ask',
    text: {
      id: 'Dalam sebulan terakhir, apakah Anda benar-benar pernah berpikir untuk bunuh diri?',
      en: 'In the past month, have you actually had any thoughts of killing yourself?',
    },
  },
  {
    questionId: 'q3Method',
    mode: 'ask',
    askedIf: ifQ2,
    text: {
      id: 'Apakah Anda memikirkan bagaimana cara melakukannya? (tanpa rencana atau niat yang jelas)',
      en: 'Have you been thinking about how you might do this? (without a specific plan or intent)',
    },
  },
  {
    questionId: 'q4Intent',
    mode: 'ask',
    askedIf: ifQ2,
    text: {
      id: 'Apakah Anda memiliki pikiran itu dan ada niat untuk melakukannya? (tanpa rencana yang jelas)',
      en: 'Have you had these thoughts and had some intention of acting on them? (without a specific plan)',
    },
  },
  {
    questionId: 'q5Plan',
    mode: 'ask',
    askedIf: ifQ2,
    text: {
      id: 'Apakah Anda sudah mulai menyusun atau sudah menyusun rincian cara bunuh diri, dan berniat menjalankan rencana itu?',
      en: 'Have you started to work out or worked out the details of how to kill yourself, and do you intend to carry out this plan?',
    },
  },
  {
    questionId: 'q6Behaviour',
    mode: 'ask',
    text: {
      id: 'Apakah Anda pernah melakukan sesuatu, mulai melakukan sesuatu, atau bersiap melakukan sesuatu untuk mengakhiri hidup Anda?',
      en: 'Have you ever done anything, started to do anything, or prepared to do anything to end your life?',
    },
  },
  {
    questionId: 'q6bRecent',
    mode: 'ask',
    askedIf: { questionId: 'q6Behaviour', answer: 'yes' },
    text: {
      id: 'Apakah hal itu terjadi dalam tiga bulan terakhir?',
      en: 'Was this within the past three months?',
    },
  },
  {
    questionId: 'harmOthers',
    mode: 'ask',
    text: {
      id: 'Apakah Anda punya pikiran untuk menyakiti atau melukai orang lain?',
      en: 'Have you had thoughts of hurting or harming someone else?',
    },
  },
  {
    questionId: 'harmOthersImminent',
    mode: 'ask',
    askedIf: { questionId: 'harmOthers', answer: 'yes' },
    text: {
      id: 'Apakah ada niat atau rencana untuk segera menyakiti seseorang (ancaman yang mendesak)?',
      en: 'Is there intent or a plan to harm someone soon (an imminent threat)?',
    },
  },
  {
    questionId: 'psychosis',
    mode: 'observe',
    text: {
      id: 'Tampak tanda gangguan jiwa berat: halusinasi, waham, atau pembicaraan kacau',
      en: 'Signs of severe mental disorder: hallucinations, delusions or disorganised speech',
    },
  },
  {
    questionId: 'disoriented',
    mode: 'observe',
    text: {
      id: 'Klien tidak mengenali waktu, tempat, atau orang (disorientasi)',
      en: 'The client is not oriented to time, place or person',
    },
  },
];
