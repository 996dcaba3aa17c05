import { z } from 'zod';
import type { Label } from '../label';

/** The sections a session note is written in, each with a prompt for the empty field. */
export const NoteSectionId = z.enum(['presentingConcern', 'explored', 'interventions', 'plan']);
export type NoteSectionId = z.infer<typeof NoteSectionId>;

export interface NoteSection {
  sectionId: NoteSectionId;
  title: Label;
  prompt: Label;
}

export const NOTE_SECTIONS: readonly NoteSection[] = [
  {
    sectionId: 'presentingConcern',
    title: { id: 'Keluhan utama', en: 'Presenting concern' },
    prompt: {
      id: 'Apa yang membawa klien ke sesi ini, dengan kata-katanya sendiri?',
      en: 'What brings the client to this session, in their own words?',
    },
  },
  {
    sectionId: 'explored',
    title: { id: 'Yang digali', en: 'What was explored' },
    prompt: {
      id: 'Masalah, perasaan, dan pilihan apa yang dibahas?',
      en: 'Which problems, feelings and options were discussed?',
    },
  },
  {
    sectionId: 'interventions',
    title: { id: 'Intervensi', en: 'Interventions' },
    prompt: {
      id: 'Apa yang dilakukan konselor dalam sesi ini?',
      en: 'What did the counselor do in this session?',
    },
  },
  {
    sectionId: 'plan',
    title: { id: 'Rencana tindak lanjut', en: 'Plan' },
    prompt: {
      id: 'Apa langkah berikutnya, oleh siapa, dan kapan?',
      en: 'What happens next, by whom, and when?',
    },
  },
];
