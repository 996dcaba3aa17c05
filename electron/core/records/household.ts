import type { HouseholdView } from '../../../shared/api/household';
import {
  cleanMemberIdentifying,
  MEMBER_FIELD_VALUES,
  type MemberIdentifying,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import { newRecordId } from './document-ids';
import {
  addMemberRecord,
  chooseMemberField,
  hasMember,
  readHousehold,
  writeMemberFields,
  type MemberPatch,
} from './household-document';
import { indexHousehold } from './household-search';
import type { RecordsContext } from './records-context';
import type { CaseDocument } from './case-document';
import type { MethodInputOf } from './types';

/**
 * The client's household (issue #13, item 3): members under aliases, kept in the case's
 * encrypted document (household-document.ts).
 */
export function householdView(c: CaseDocument): HouseholdView {
  const all = readHousehold(c);
  return {
    members: all.filter((v) => v.member.removed === null),
    removed: all.filter((v) => v.member.removed !== null),
  };
}

export function listHousehold(ctx: RecordsContext, caseId: string): HouseholdView {
  return householdView(ctx.caseDocument(caseId));
}

const identifyingValue = (identifying: MemberIdentifying | undefined): MemberIdentifying | null =>
  cleanMemberIdentifying(identifying) ?? null;

function afterChange(ctx: RecordsContext, caseId: string): HouseholdView {
  const c = ctx.caseDocument(caseId);
  indexHousehold(ctx, caseId, c);
  return householdView(c);
}

export function addMember(
  ctx: RecordsContext,
  input: MethodInputOf<'household.add'>,
): HouseholdView {
  ctx.caseDocument(input.caseId);
  const id = newRecordId();
  const at = ctx.nowIso();
  const patch: MemberPatch = {
    alias: input.alias.trim(),
    relation: input.relation,
    needs: [...new Set(input.needs)],
    needsNote: input.needsNote,
    identifying: identifyingValue(input.identifying),
  };
  ctx.editCase(input.caseId, (c) => {
    addMemberRecord(c, { id, addedBy: ctx.actorId, addedAt: at });
    writeMemberFields(c, id, patch, ctx.actorId, at);
  });
  return afterChange(ctx, input.caseId);
}

function requireMember(ctx: RecordsContext, caseId: string, memberId: string): void {
  if (!hasMember(ctx.caseDocument(caseId), memberId)) {
    throw new CoreError('not_found', 'no such household member');
  }
}

export function updateMember(
  ctx: RecordsContext,
  input: MethodInputOf<'household.update'>,
): HouseholdView {
  requireMember(ctx, input.caseId, input.memberId);
  const patch: MemberPatch = {};
  if (input.alias !== undefined) patch.alias = input.alias.trim();
  if (input.relation !== undefined) patch.relation = input.relation;
  if (input.needs !== undefined) patch.needs = [...new Set(input.needs)];
  if (input.needsNote !== undefined) patch.needsNote = input.needsNote;
  if (input.identifying !== undefined) patch.identifying = identifyingValue(input.identifying);
  ctx.editCase(input.caseId, (c) =>
    writeMemberFields(c, input.memberId, patch, ctx.actorId, ctx.nowIso()),
  );
  return afterChange(ctx, input.caseId);
}

/** Removal is a field, never a deletion: the member's data stays and can be restored. */
export function setMemberRemoved(
  ctx: RecordsContext,
  input: MethodInputOf<'household.remove'>,
  removed: boolean,
): HouseholdView {
  requireMember(ctx, input.caseId, input.memberId);
  const current = readHousehold(ctx.caseDocument(input.caseId)).find(
    (v) => v.member.id === input.memberId,
  );
  const isRemoved = current?.member.removed != null;
  const inConflict = current?.conflicts.some((c) => c.field === 'removed') ?? false;
  if (isRemoved === removed && !inConflict) return afterChange(ctx, input.caseId);
  const at = ctx.nowIso();
  const value = removed ? { by: ctx.actorId, at } : null;
  ctx.editCase(input.caseId, (c) =>
    inConflict
      ? chooseMemberField(c, input.memberId, 'removed', value, ctx.actorId, at)
      : writeMemberFields(c, input.memberId, { removed: value }, ctx.actorId, at),
  );
  return afterChange(ctx, input.caseId);
}

export function resolveMemberConflict(
  ctx: RecordsContext,
  input: MethodInputOf<'household.resolveConflict'>,
): HouseholdView {
  requireMember(ctx, input.caseId, input.memberId);
  const parsed = MEMBER_FIELD_VALUES[input.field].safeParse(input.value);
  if (!parsed.success) throw new CoreError('bad_request', `not a value for ${input.field}`);
  ctx.editCase(input.caseId, (c) =>
    chooseMemberField(
      c,
      input.memberId,
      input.field,
      parsed.data ?? null,
      ctx.actorId,
      ctx.nowIso(),
    ),
  );
  return afterChange(ctx, input.caseId);
}

/**
 * A session, referral or outreach names only members of its own case's household (removed ones
 * too, so a record that named someone can be saved again unchanged).
 */
export function assertHouseholdMembers(
  ctx: RecordsContext,
  caseId: string,
  memberIds: readonly string[] | undefined,
): void {
  if (!memberIds || memberIds.length === 0) return;
  const c = ctx.caseDocument(caseId);
  const unknown = memberIds.filter((id) => !hasMember(c, id));
  if (unknown.length > 0) {
    throw new CoreError('bad_request', 'a named household member is not in this case');
  }
}
