import * as Y from 'yjs';

/**
 * Conflict-keeping fields (issue #13, item 8): a multi-value register per field, for every
 * structured field of a record that two people may set differently while apart (a checklist
 * tick, a risk answer, a session detail). The idea is the one of the case status
 * (electron/core/review/register.ts; Shapiro et al., "A comprehensive study of Convergent and
 * Commutative Replicated Data Types", 2011, §3.2.5 "Multi-Value Register"), generalised to JSON
 * values and to many fields in one pair of Yjs types.
 *
 * Each write keeps its version under the writer's own key (actor id and the Yjs client of the
 * device: one person on two laptops is two writers) and deletes the versions its writer holds.
 * Yjs deletes exactly the items a replica has seen, so a version written concurrently elsewhere
 * survives the merge and both are kept; a write that saw the other's version replaced it, so a
 * sequence of edits never looks like a conflict. A person's choice is one more write (it sees
 * both, so it supersedes both) and is logged with what it replaced: nothing goes silently.
 *
 * Layout: one top-level Y.Map 'fields' (field + writer key → FieldEntry) and one Y.Array
 * 'fieldChoices'. Top-level, because two devices creating a nested map for the same field while
 * apart would have one map replace the other whole.
 */
export const FIELDS = 'fields';
export const FIELD_CHOICES = 'fieldChoices';

/** What a write stores: the value, who and when, and which writers' versions it replaced. */
interface FieldEntry {
  field: string;
  value: unknown;
  by: string;
  at: string;
  replaces: string[];
}

/** One kept version of a field. */
export interface FieldVersion {
  value: unknown;
  by: string;
  at: string;
}

export interface FieldChoice {
  field: string;
  value: unknown;
  by: string;
  at: string;
  replaced: FieldVersion[];
}

export interface FieldState {
  /** Every kept version, newest first (ties by writer, so every replica orders them alike). */
  versions: FieldVersion[];
  /** More than one distinct value is kept: a person must choose. */
  conflict: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function isEntry(value: unknown): value is FieldEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.field === 'string' &&
    'value' in v &&
    typeof v.by === 'string' &&
    typeof v.at === 'string' &&
    !Number.isNaN(Date.parse(v.at))
  );
}

export function fieldState(versions: readonly FieldVersion[]): FieldState {
  return {
    versions: [...versions],
    conflict: new Set(versions.map((v) => JSON.stringify(v.value))).size > 1,
  };
}

export class FieldRegisters {
  constructor(private readonly doc: Y.Doc) {}

  private entries(): Y.Map<unknown> {
    return this.doc.getMap<unknown>(FIELDS);
  }

  private choicesArray(): Y.Array<unknown> {
    return this.doc.getArray<unknown>(FIELD_CHOICES);
  }

  /** Every field with at least one version, each with its versions newest first. */
  all(): Map<string, FieldVersion[]> {
    const keyed = new Map<string, Array<{ key: string; entry: FieldEntry }>>();
    this.entries().forEach((entry, key) => {
      if (!isEntry(entry)) return;
      keyed.set(entry.field, [...(keyed.get(entry.field) ?? []), { key, entry }]);
    });
    const out = new Map<string, FieldVersion[]>();
    for (const [field, list] of keyed) {
      list.sort(
        (a, b) =>
          Date.parse(b.entry.at) - Date.parse(a.entry.at) ||
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
      out.set(
        field,
        list.map(({ entry }) => ({ value: entry.value, by: entry.by, at: entry.at })),
      );
    }
    return out;
  }

  /** The field's versions, newest first; empty when never written through a register. */
  versions(field: string): FieldVersion[] {
    return this.all().get(field) ?? [];
  }

  state(field: string): FieldState {
    return fieldState(this.versions(field));
  }

  choices(): FieldChoice[] {
    return this.choicesArray()
      .toArray()
      .filter((c): c is FieldChoice => {
        if (typeof c !== 'object' || c === null) return false;
        const v = c as Record<string, unknown>;
        return typeof v.field === 'string' && Array.isArray(v.replaced);
      });
  }

  /**
   * Sets the field as this writer sees it: every version this replica holds is replaced. An
   * equal value over a single version writes nothing (no bytes to sync). While the field is in
   * conflict, a write is a choice and is logged as one. Call inside a transaction.
   */
  write(field: string, value: unknown, by: string, at: string): void {
    const before = this.versions(field);
    if (before.length === 1 && same(before[0]?.value, value)) return;
    if (fieldState(before).conflict) {
      this.choose(field, value, by, at);
      return;
    }
    this.replaceAll(field, value, by, at);
  }

  /** A person's choice between kept versions (or a new value): logged with what it replaced. */
  choose(field: string, value: unknown, by: string, at: string): void {
    const replaced = this.versions(field);
    this.replaceAll(field, value, by, at);
    const choice: FieldChoice = { field, value, by, at, replaced };
    this.choicesArray().push([choice]);
  }

  private replaceAll(field: string, value: unknown, by: string, at: string): void {
    const entries = this.entries();
    const writer = `${by}@${this.doc.clientID}`;
    const own = `${field}\n${writer}`;
    const replaces: string[] = [];
    for (const [key, entry] of [...entries.entries()]) {
      if (!isEntry(entry) || entry.field !== field || key === own) continue;
      replaces.push(key.slice(field.length + 1));
      entries.delete(key);
    }
    const entry: FieldEntry = { field, value, by, at, replaces };
    entries.set(own, entry);
  }
}
