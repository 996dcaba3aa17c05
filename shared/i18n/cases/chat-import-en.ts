import type { chatImportCasesId } from './chat-import-id';

/** Words of the WhatsApp chat import (issue #14, item 2), English. */
export const chatImportCasesEn: typeof chatImportCasesId = {
  action: 'Import WhatsApp chat',
  title: 'Import WhatsApp chat',
  intro:
    'Choose the .txt file from WhatsApp’s “Export chat”. The file is read in memory only and not kept: only the transcript is saved, with the client’s name replaced by the case alias.',
  file: 'Chat export file (.txt)',
  tooLarge: 'The file is too large: 5 MB of text at most.',
  unreadable: 'This file cannot be read as text.',
  noMessages: 'No WhatsApp messages were found in this file.',
  summary_one: '{{count}} message, {{from}} to {{to}}',
  summary_other: '{{count}} messages, {{from}} to {{to}}',
  dayOrder: 'Date order in the file',
  dmy: 'Day/month/year (06/12/26 = 6 December 2026)',
  mdy: 'Month/day/year (12/6/26 = 6 December 2026)',
  dayOrderUnsure:
    'The date order cannot be told from this file. Check the dates in the summary and change it if needed.',
  dayOrderMixed:
    'This file has dates in both orders. The lines that do not fit are listed below and kept as text.',
  client: 'The sender who is the client',
  counselor: 'The sender who is you',
  choose: '— choose —',
  notInChat: '— none —',
  chooseClient: 'Choose the sender who is the client.',
  clientNames: 'Also replace this name with the alias',
  moreNames: 'Other names the client goes by (separated by commas)',
  replaced:
    'The client’s name becomes “{{alias}}”, yours “{{counselor}}”, other senders “{{other}} 1, 2…”, and phone numbers “[nomor telepon]”.',
  counselorLabel: 'Counselor',
  otherLabel: 'Other person',
  problems_one: '{{count}} line could not be read as a message; it is kept as text:',
  problems_other: '{{count}} lines could not be read as messages; they are kept as text:',
  problem: {
    beforeFirstMessage: 'Line {{line}}: before the first message',
    malformedHeader: 'Line {{line}}: date or time cannot be read',
    impossibleDate: 'Line {{line}}: date or time cannot exist',
  },
  system_one: '{{count}} WhatsApp notice (such as encryption) left out.',
  system_other: '{{count}} WhatsApp notices (such as encryption) left out.',
  voiceNotes: 'Voice notes in the export (can be attached later):',
  preview: 'Transcript preview',
  previewMore_one: '… and {{count}} more message',
  previewMore_other: '… and {{count}} more messages',
  submit: 'Import as a session',
};
