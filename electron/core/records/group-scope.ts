import type { Store } from '../store';
import { caseDocumentId, GROUP_KIND, groupDocumentId } from './document-ids';

/**
 * Whether a scope is a group session's (its id is the group's, as a case's is the case's). Its
 * key travels like a case key to the team's supervisors, who hold every case (key-sharing.ts),
 * and to nobody else except by a handover that makes them hold every participant's case.
 */
export function isGroupScope(store: Pick<Store, 'documentKind'>, scopeId: string): boolean {
  return store.documentKind(groupDocumentId(scopeId)) === GROUP_KIND;
}

/** A case's or a group session's scope: the shared records whose keys the team shares. */
export function isRecordScope(store: Pick<Store, 'documentKind'>, scopeId: string): boolean {
  return store.documentKind(caseDocumentId(scopeId)) !== undefined || isGroupScope(store, scopeId);
}
