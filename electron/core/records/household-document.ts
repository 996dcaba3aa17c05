import * as Y from 'yjs';
import { z } from 'zod';
import {
  ActorId,
  HouseholdMember,
  IsoDateTime,
  MEMBER_FIELD_VALUES,
  MemberField,
  RecordId,
} from '../../../shared/domain';
import type {
  HouseholdMemberView,
  MemberConflict,
  MemberFieldVersion,
} from '../../../shared/api/household';
import type { CaseDocument } from './case-document';
import { FieldRegisters, type FieldVersion } from './field-register';
import { readRecords, recordMap, writeFields } from './ymap-records';

/**
 * The client's household in the case's own document (issue #13, item 3): the same key scope as
 * the client's identifying details, so members sync, back up, hand over and are erased with the
 * case, and their identifying details are encrypted exactly as the client's are.
 *
 * - `household`: a map of records, one per member, holding what never changes (id, who added
 *   them and when);
 * - every field a person sets (alias, relation, needs, note, identifying details, removal) is a
 *   conflict-keeping register (field-register.ts) named `member:<id>:<field>`: two values set
 *   apart are both kept until a person chooses. A removal is one more field, never a deletion,
 *   so an edit made apart from a removal is still there and the member can be restored.
 */
const householdMap = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap('household');
const fieldName = (memberId: string, field: MemberField): string => `member:${memberId}:${field}`;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const MemberBase = z.object({ id: RecordId, addedBy: ActorId, addedAt: IsoDateTime });
type MemberBase = z.infer<typeof MemberBase>;

/** A field's value as stored: absent optional values are null, never undefined. */
export type MemberPatch = Partial<Record<MemberField, unknown>>;

const DEFAULTS: Partial<Record<MemberField, unknown>> = {
  needs: [],
  needsNote: '',
  identifying: null,
  removed: null,
};

function validVersions(all: Map<string, FieldVersion[]>, id: string, field: MemberField) {
  const schema = MEMBER_FIELD_VALUES[field];
  return (all.get(fieldName(id, field)) ?? []).filter((v) => schema.safeParse(v.value).success);
}

/** Two removals are one removal; a removal beside a restore, or two different values, are not. */
function isConflict(field: MemberField, versions: FieldVersion[]): boolean {
  const keys = versions.map((v) =>
    field === 'removed' ? String(v.value === null) : JSON.stringify(v.value),
  );
  return new Set(keys).size > 1;
}

function memberView(
  base: MemberBase,
  all: Map<string, FieldVersion[]>,
): HouseholdMemberView | null {
  const values: Record<string, unknown> = { ...base };
  const conflicts: MemberConflict[] = [];
  let updated = { by: base.addedBy, at: base.addedAt };
  let latestEdit = '';
  for (const field of MemberField.options) {
    const versions = validVersions(all, base.id, field);
    // Two removals kept apart: the earlier one is when the member left the list.
    const shown =
      field === 'removed' && !isConflict(field, versions) ? versions.at(-1) : versions[0];
    values[field] = shown ? shown.value : DEFAULTS[field];
    if (isConflict(field, versions)) {
      // Values come from JSON in the document: they are JSON.
      const kept = versions.map((v) => ({
        ...v,
        value: (v.value ?? null) as MemberFieldVersion['value'],
      }));
      conflicts.push({ field, versions: kept });
    }
    for (const v of versions) {
      if (Date.parse(v.at) > Date.parse(updated.at)) updated = { by: v.by, at: v.at };
      if (field !== 'removed' && v.at > latestEdit) latestEdit = v.at;
    }
  }
  if (values.identifying === null) delete values.identifying;
  const parsed = HouseholdMember.safeParse({
    ...values,
    updatedBy: updated.by,
    updatedAt: updated.at,
  });
  if (!parsed.success) return null;
  const removed = parsed.data.removed;
  return {
    member: parsed.data,
    conflicts,
    changedAfterRemoval:
      removed !== null && latestEdit !== '' && Date.parse(latestEdit) > Date.parse(removed.at),
  };
}

/** Every member that can be read, in the order they were added. */
export function readHousehold(
  c: CaseDocument,
  onInvalid: () => void = () => undefined,
): HouseholdMemberView[] {
  const bases = readRecords(householdMap(c.doc), MemberBase, onInvalid);
  if (bases.length === 0) return [];
  const all = new FieldRegisters(c.doc).all();
  return bases
    .flatMap((base) => {
      const view = memberView(base, all);
      if (!view) onInvalid();
      return view ? [view] : [];
    })
    .sort(
      (a, b) =>
        a.member.addedAt.localeCompare(b.member.addedAt) || (a.member.id < b.member.id ? -1 : 1),
    );
}

/** Whether the household holds a member of this id (removed ones too). */
export function hasMember(c: CaseDocument, memberId: string): boolean {
  return householdMap(c.doc).get(memberId) instanceof Y.Map;
}

export function addMemberRecord(c: CaseDocument, base: MemberBase): void {
  writeFields(recordMap(householdMap(c.doc), base.id), base);
}

/**
 * Writes the fields that differ from the newest kept value (saving a form as shown resolves
 * nothing); a new value for a field in conflict is a choice, logged as one. Call inside a
 * transaction.
 */
export function writeMemberFields(
  c: CaseDocument,
  memberId: string,
  patch: MemberPatch,
  by: string,
  at: string,
): void {
  const registers = new FieldRegisters(c.doc);
  const all = registers.all();
  for (const field of MemberField.options) {
    if (!(field in patch)) continue;
    const value = patch[field] ?? null;
    const [shown] = validVersions(all, memberId, field);
    const current = shown ? shown.value : (DEFAULTS[field] ?? null);
    if (same(current, value)) continue;
    registers.write(fieldName(memberId, field), value, by, at);
  }
}

/** A person's choice between the kept values of one field: supersedes every kept version. */
export function chooseMemberField(
  c: CaseDocument,
  memberId: string,
  field: MemberField,
  value: unknown,
  by: string,
  at: string,
): void {
  new FieldRegisters(c.doc).choose(fieldName(memberId, field), value, by, at);
}
