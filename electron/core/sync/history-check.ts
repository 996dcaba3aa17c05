import type { StoredEntry } from '../../../shared/sync';
import type { AuthorSequences, MissingRange } from './author-sequences';
import type { HistoryCheck } from './client-types';
import type { PayloadSequence } from './envelope';

/**
 * The history check (author-sequences.ts): takes in each applied entry's author number or a
 * snapshot's frontier, and once sync has settled says which numbers the relay withheld. Reports
 * a change through `onHistory` only when the set of missing numbers changed or a fork or late
 * arrival was seen.
 */
export class HistoryWatch {
  private missingNow: MissingRange[] = [];
  private changed = false;

  /** `enabled`: false when numbering is off (SyncClientOptions.sequence), to measure its cost. */
  constructor(
    private readonly sequences: AuthorSequences,
    private readonly onHistory: ((check: HistoryCheck) => void) | undefined,
    private readonly enabled = true,
  ) {}

  /**
   * Checks an entry's author number, or takes in a snapshot's frontier. `me`: this device's
   * member number (it knows its own history); `quiet`: a retry from quarantine, not an arrival.
   */
  note(
    entry: StoredEntry,
    sequence: PayloadSequence | undefined,
    me: number | undefined,
    quiet: boolean,
  ): void {
    if (!sequence || !this.enabled) return;
    if ('frontier' in sequence) {
      this.sequences.cover(entry.docId, sequence.frontier);
      return;
    }
    // This device's own entries, seen again (a pull from the start): it knows its own history.
    if (entry.author === me) return;
    const arrival = this.sequences.observe(
      entry.docId,
      entry.author,
      sequence.seq,
      entry.updateId,
      quiet,
    );
    if (arrival === 'forked' || arrival === 'late') this.changed = true;
  }

  /**
   * Recomputes which numbers are missing (the set only means something once caught up), hands
   * them to `refetch` before reporting, and reports if anything changed. `ignoreDocs`: documents
   * with quarantined entries, whose numbers may sit in the quarantine.
   */
  check(ignoreDocs: ReadonlySet<string>, refetch: (missing: MissingRange[]) => void): void {
    const missing = this.sequences.missing(ignoreDocs);
    refetch(missing);
    if (missing.length !== this.missingNow.length || this.changed) {
      this.changed = false;
      this.missingNow = missing;
      this.onHistory?.(this.history());
    } else {
      this.missingNow = missing;
    }
  }

  history(): HistoryCheck {
    return { missing: this.missingNow, events: this.sequences.events() };
  }
}
