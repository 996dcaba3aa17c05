import type { sessionId } from './id';

export const sessionEn: typeof sessionId = {};
