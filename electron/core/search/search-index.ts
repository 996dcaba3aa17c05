import MiniSearch from 'minisearch';
import type { SearchHit } from '../../../shared/api/records';

export interface Searchable {
  /** Unique per indexed thing: 'case:…', 'session:…', 'referral:…', 'private:…'. */
  id: string;
  kind: SearchHit['kind'];
  caseId: string;
  sessionId?: string;
  alias: string;
  text: string;
}

const SNIPPET = 60;

/** Indonesian and English both split on non-letters; case and accents folded. */
export function foldTerm(term: string): string | null {
  return term.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() || null;
}

/**
 * Full-text search over decrypted notes, aliases and referrals. It lives in the core's memory
 * only: the index never reaches the disk, so it is rebuilt after each unlock.
 */
export class SearchIndex {
  private mini = SearchIndex.empty();
  /** Every entry's id by its case, so erasing a case leaves none of its entries findable. */
  private byCase = new Map<string, Set<string>>();

  private static empty(): MiniSearch<Searchable> {
    return new MiniSearch<Searchable>({
      fields: ['alias', 'text'],
      storeFields: ['kind', 'caseId', 'sessionId', 'alias', 'text'],
      searchOptions: { prefix: true, fuzzy: 0.15, boost: { alias: 2 }, combineWith: 'AND' },
      processTerm: foldTerm,
    });
  }

  put(item: Searchable): void {
    if (this.mini.has(item.id)) {
      this.forget(item.id);
      this.mini.replace(item);
    } else this.mini.add(item);
    const ids = this.byCase.get(item.caseId) ?? new Set<string>();
    ids.add(item.id);
    this.byCase.set(item.caseId, ids);
  }

  remove(id: string): void {
    if (!this.mini.has(id)) return;
    this.forget(id);
    this.mini.discard(id);
  }

  /** Erasure: every entry of the case, whatever made it (referral, plan, household, note...). */
  removeCase(caseId: string): void {
    for (const id of this.byCase.get(caseId) ?? []) {
      if (this.mini.has(id)) this.mini.discard(id);
    }
    this.byCase.delete(caseId);
  }

  private forget(id: string): void {
    const caseId = (this.mini.getStoredFields(id) as { caseId?: string } | undefined)?.caseId;
    if (caseId) this.byCase.get(caseId)?.delete(id);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  query(text: string, limit = 30): SearchHit[] {
    if (!text.trim()) return [];
    return this.mini
      .search(text)
      .slice(0, limit)
      .map((result) => {
        const stored = result as unknown as Searchable & { terms: string[] };
        const source = stored.text || stored.alias;
        const { before, match, after } = snippet(source, result.terms);
        return {
          kind: stored.kind,
          caseId: stored.caseId,
          ...(stored.sessionId ? { sessionId: stored.sessionId } : {}),
          alias: stored.alias,
          before,
          match,
          after,
        };
      });
  }

  /**
   * A fresh index rather than `removeAll()`: MiniSearch 7.2 vacuums discarded entries in the
   * background, between batches, and `removeAll()` during a vacuum makes its next batch throw
   * (an unhandled rejection that ends the core process when the vault locks mid-vacuum). The
   * old index finishes its vacuum on its own maps and is then collected.
   */
  clear(): void {
    this.mini = SearchIndex.empty();
    this.byCase = new Map();
  }
}

/** The first place in `text` where one of the matched terms starts, with some context. */
function snippet(text: string, terms: string[]): { before: string; match: string; after: string } {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let at = -1;
  let length = 0;
  for (const term of terms) {
    const found = folded.indexOf(term);
    if (found >= 0 && (at < 0 || found < at)) {
      at = found;
      length = term.length;
    }
  }
  if (at < 0) return { before: '', match: '', after: text.slice(0, SNIPPET * 2) };
  // A prefix match highlights the whole word it starts.
  let end = at + length;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text.charAt(end))) end++;
  const start = Math.max(0, at - SNIPPET);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, end),
    after: text.slice(end, end + SNIPPET) + (end + SNIPPET < text.length ? '…' : ''),
  };
}
