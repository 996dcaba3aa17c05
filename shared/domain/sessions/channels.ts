import { z } from 'zod';
import type { Label } from '../label';

/** How the session was held (seed 003: telephone, chat, email, video call, platforms). */
export const SessionChannel = z.enum([
  'faceToFace',
  'chat',
  'voiceCall',
  'videoCall',
  'whatsapp',
  'email',
  'other',
]);
export type SessionChannel = z.infer<typeof SessionChannel>;

export const SESSION_CHANNEL_LABELS: Record<SessionChannel, Label> = {
  faceToFace: { id: 'Tatap muka', en: 'Face to face' },
  chat: { id: 'Chat (pesan teks)', en: 'Chat (text)' },
  voiceCall: { id: 'Panggilan suara', en: 'Voice call' },
  videoCall: { id: 'Panggilan video', en: 'Video call' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  email: { id: 'Email', en: 'Email' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** Whether a channel is online: online channels are not fit for moderate or high risk. */
export function isOnlineChannel(channel: SessionChannel): boolean {
  return channel !== 'faceToFace';
}
