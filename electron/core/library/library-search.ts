import MiniSearch from 'minisearch';
import type { LibraryItem } from '../../../shared/domain/library';
import { foldTerm } from '../search/search-index';

/**
 * Search over the library's titles, tags and texts, with the same term folding as the notes'
 * search (electron/core/search): Indonesian and English split on non-letters, case and accents
 * folded, prefixes match. Like that index it lives in memory only; it is built again when the
 * library changed since the last query (a library holds hundreds of items, not thousands).
 */
interface Indexed {
  id: string;
  title: string;
  tags: string;
  text: string;
}

/** Per unlocked workspace: dropped with it when the vault locks. */
const caches = new WeakMap<object, { key: string; mini: MiniSearch<Indexed> }>();

/** The ids of the items that match, best first. `owner`: the workspace's records. */
export function searchLibrary(
  owner: object,
  docId: string,
  items: LibraryItem[],
  query: string,
): string[] {
  const key = `${docId}|${items.map((i) => `${i.id}@${i.version}`).join(',')}`;
  let cached = caches.get(owner);
  if (cached?.key !== key) {
    const mini = new MiniSearch<Indexed>({
      fields: ['title', 'tags', 'text'],
      searchOptions: {
        prefix: true,
        fuzzy: 0.15,
        boost: { title: 3, tags: 2 },
        combineWith: 'AND',
      },
      processTerm: foldTerm,
    });
    mini.addAll(
      items.map((i) => ({ id: i.id, title: i.title, tags: i.tags.join(' '), text: i.text })),
    );
    cached = { key, mini };
    caches.set(owner, cached);
  }
  return cached.mini.search(query).map((r) => String(r.id));
}
