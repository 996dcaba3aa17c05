import { INDEX_DOCUMENT } from './document-ids';
import type { RecordsContext } from './records-context';

/**
 * Index entries written as objects (before issue #13's speed work) are written again as JSON
 * texts on opening, once, and the index is compacted so the next opening decodes only the texts:
 * a vault from an older version then loads its lists as fast as a new one. Later openings find
 * none and write nothing.
 */
export function storeIndexEntriesAsText(ctx: RecordsContext): number {
  let rewritten = 0;
  ctx.editIndex((index) => (rewritten = index.storeEntriesAsText()));
  if (rewritten > 0) ctx.docs.compact(INDEX_DOCUMENT);
  return rewritten;
}
