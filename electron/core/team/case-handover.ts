import { CoreError } from '../errors';
import { actorIdOf } from '../keys/actor-id';
import { caseDocumentId } from '../records/document-ids';
import { recordAudit } from '../review';
import { connected } from './client-liveness';
import { carryGroupsOnHandover } from './group-handover';
import type { KeyDistribution } from './key-distribution';
import type { TeamAccess } from './team-access';

/**
 * Hands a case to another counselor (its owner, or a supervisor when the counselor cannot): a new content key for what is
 * written next, the case opened to the new counselor on the relay, every key of its history
 * sealed to them so they can read what came before, the supervisors given the new key, and a
 * signed entry in the case's audit trail.
 */
export async function handOverCase(
  access: TeamAccess,
  keys: KeyDistribution,
  caseId: string,
  toMemberNo: number,
): Promise<void> {
  const { records } = access;
  // Before anything reaches the relay: a case waiting to be erased is not handed over.
  records.assertCaseEditable(caseId);
  const client = access.requireClient();
  await connected(client, 15_000);
  const target = access.verifiedMembers()?.find((m) => m.memberNo === toMemberNo && !m.removed);
  if (!target || target.role !== 'counselor') {
    throw new CoreError('not_found', 'no such counselor in the team');
  }
  const { keyring } = records;
  const meta = records.caseDocument(caseId).meta();
  if (!meta || !keyring.scopeOf(caseDocumentId(caseId))) {
    throw new CoreError('not_found', 'no such case on this device');
  }
  try {
    await client.setScopeMembers(caseId, [toMemberNo], true);
  } catch {
    throw new CoreError(
      'sync_failed',
      'only the counselor who started a case, or a supervisor, can hand it over',
    );
  }
  keyring.rotate(caseId);
  for (const keyId of keyring.keyIdsOf(caseId)) {
    const envelope = keyring.envelopeKeyOf(caseId, keyId);
    if (envelope) client.shareKey(envelope, toMemberNo);
  }
  keys.shareWithSupervisors();
  await carryGroupsOnHandover(records, client, caseId, toMemberNo);
  records.editCase(caseId, (c) => c.setMeta({ ...meta, counselorId: actorIdOf(target.signPk) }));
  recordAudit(records, access.secrets.signKeyPair, { caseId, kind: 'handedOver' });
  client.flush();
}
