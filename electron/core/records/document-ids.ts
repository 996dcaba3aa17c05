import { toHex } from '../../../shared/encoding/hex';
import { randomBytes } from '../crypto';

/** Record ids are random: they say nothing about the client, even to the sync server. */
export function newRecordId(): string {
  return toHex(randomBytes(16));
}

/**
 * The per-user index keeps each list in a document of its own, so that the case list after
 * unlock loads a thousand entries and not the sessions' ten thousand. The cases keep the name the
 * one index document had (older vaults are upgraded in index-upgrade.ts).
 */
export const INDEX_DOCUMENT = 'index';
export const INDEX_DOCUMENTS = {
  cases: INDEX_DOCUMENT,
  sessions: 'index-sessions',
  referrals: 'index-referrals',
  followUps: 'index-follow-ups',
} as const;
export const ALL_INDEX_DOCUMENTS: readonly string[] = Object.values(INDEX_DOCUMENTS);
export const DIRECTORY_DOCUMENT = 'directory';
export const DIRECTORY_KIND = 'directory';
/** The team's shared directory of referral contacts, in the team-wide scope. */
export const teamDirectoryDocumentId = (teamIdHex: string): string => `directory-${teamIdHex}`;

export const caseDocumentId = (caseId: string): string => `case-${caseId}`;
export const sessionDocumentId = (sessionId: string): string => `session-${sessionId}`;
export const privateDocumentId = (sessionId: string): string => `private-${sessionId}`;

export function isSessionDocument(docId: string): boolean {
  return /^session-[0-9a-f]{32}$/.test(docId);
}

export function isPrivateDocument(docId: string): boolean {
  return /^private-[0-9a-f]{32}$/.test(docId);
}

/**
 * A group session's shared part (issue #13, item 4): its own document in its own scope, whose id
 * is the group's id, as a case's scope id is the case's.
 */
export const groupDocumentId = (groupId: string): string => `group-${groupId}`;
export const GROUP_KIND = 'group';

export function isGroupDocument(docId: string): boolean {
  return /^group-[0-9a-f]{32}$/.test(docId);
}
