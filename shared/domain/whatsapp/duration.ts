import type { ChatMessage } from './chat';

/**
 * A pause longer than this ends a stretch of conversation: a chat that goes on over days (a
 * reply the next morning) is not one session of many hours.
 */
const PAUSE_MINUTES = 30;

const minuteOf = (localIso: string): number => Date.parse(`${localIso}Z`) / 60_000;

/**
 * The minutes the chat was going on: the sum of the gaps between consecutive messages that are
 * no longer than a pause, rounded; at most a day (the session's limit).
 */
export function conversationMinutes(messages: readonly ChatMessage[]): number {
  let total = 0;
  for (let i = 1; i < messages.length; i++) {
    const gap = minuteOf(messages[i]?.at ?? '') - minuteOf(messages[i - 1]?.at ?? '');
    if (gap > 0 && gap <= PAUSE_MINUTES) total += gap;
  }
  return Math.min(Math.round(total), 1440);
}
