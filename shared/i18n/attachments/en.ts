import type { attachmentsId } from './id';

/** Words of encrypted attachments (issue #14, item 1), in English. */
export const attachmentsEn: typeof attachmentsId = {
  title: 'Attachments',
  add: 'Attach a file',
  hint: 'A photo (JPEG, PNG, WebP), a PDF, or a voice recording (Opus/Ogg from WhatsApp, M4A, AAC, MP3, AMR), at most {{mb}} MB. Kept encrypted.',
  empty: 'No attachments yet.',
  size: 'Size {{size}}',
  save: 'Save {{name}}',
  remove: 'Remove {{name}}',
  sync: {
    here: 'On this device only',
    upload: 'Waiting to be sent',
    download: 'Waiting to be received',
    synced: 'Synced',
  },
  refused: {
    too_large: 'The file is too large: at most {{mb}} MB. Nothing was changed.',
    unknown_type:
      'This kind of file is not accepted (accepted: photos, PDFs, voice recordings). Nothing was changed.',
    damaged: 'This file is damaged or cut short. Nothing was changed.',
    empty: 'This file is empty. Nothing was changed.',
  },
  waiting: 'Attachments waiting: {{up}} to send, {{down}} to receive.',
  held: 'Of these, {{size}} held back by the data saver.',
  allowAll: 'Send/receive all attachments now',
  allowOne: 'Send/receive now',
};
