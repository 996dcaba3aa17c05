import { diffWords } from 'diff';

export interface NoteChanges {
  /** The note as now sent, in runs: kept, added, or removed since the previous submission. */
  parts: Array<{ kind: 'same' | 'added' | 'removed'; text: string }>;
  added: number;
  removed: number;
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * What changed in the note between two submissions, word by word (Myers' diff, as the `diff`
 * package computes it): the supervisor reads a resubmission as the answer to their return.
 */
export function noteChanges(before: string, after: string): NoteChanges {
  const parts = diffWords(before, after).map((change) => ({
    kind: change.added
      ? ('added' as const)
      : change.removed
        ? ('removed' as const)
        : ('same' as const),
    text: change.value,
  }));
  const count = (kind: 'added' | 'removed') =>
    parts.filter((p) => p.kind === kind).reduce((n, p) => n + words(p.text), 0);
  return { parts, added: count('added'), removed: count('removed') };
}
