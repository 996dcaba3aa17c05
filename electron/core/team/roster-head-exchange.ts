import { fromHex, toHex } from '../../../shared/encoding/hex';
import { PROFILES_KIND, profilesDocumentId } from './member-profiles';
import { headIsNew, readRosterHeads, signRosterHead, writeRosterHead } from './roster-heads';
import type { TeamAccess } from './team-access';
import type { Enrollment } from './team-document';
import { teamScopeId } from './team-enrollment';

/**
 * Publishes this device's roster head in the team's profiles document and compares teammates'
 * heads with its own (roster-heads.ts): a different hash is a fork, a longer head a relay that
 * withholds. Returns whether the trust state changed.
 */
export function exchangeRosterHeads(access: TeamAccess, enrollment: Enrollment): boolean {
  const keeper = access.roster()?.keeper;
  const docId = profilesDocumentId(enrollment.teamId);
  const { keyring, docs, store } = access.records;
  const scopeId = teamScopeId(enrollment);
  if (!keeper || keeper.trust().state === 'waiting') return false;
  // The heads travel in the profiles document, once this device holds the team-wide key.
  if (keyring.keyIdsOf(scopeId).length === 0) return false;
  if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
  if (!store.documentKind(docId)) store.setDocumentKind(docId, PROFILES_KIND);
  const teamId = fromHex(enrollment.teamId);
  const roster = keeper.verified();
  const signKeyPair = access.secrets.signKeyPair;
  if (keeper.sharingAllowed() && roster.length > 0) {
    const own = signRosterHead(signKeyPair, teamId, roster.length, roster.head);
    if (headIsNew(docs.open(docId), own)) {
      docs.transact(docId, (doc) => writeRosterHead(doc, own));
      access.client()?.flush();
    }
  }
  const me = toHex(signKeyPair.publicKey);
  let changed = false;
  for (const head of readRosterHeads(docs.open(docId), teamId)) {
    const member = head.signPk === me ? undefined : roster.memberBySignPk(fromHex(head.signPk));
    if (!member || member.removed) continue;
    if (keeper.peerHead(head.length, fromHex(head.head))) changed = true;
  }
  return changed;
}
