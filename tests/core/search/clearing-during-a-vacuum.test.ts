import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../electron/core/search/search-index';

/**
 * Found by the records bench (issue #13, item 3): replacing entries leaves MiniSearch entries to
 * vacuum in the background, and locking the vault (clearing the index) in the middle of that
 * vacuum made its next batch throw, ending the core process.
 */
describe('the search index', () => {
  it('can be cleared while it vacuums replaced entries, and stays usable', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const index = new SearchIndex();
      const item = (n: number, text: string) => ({
        id: `case:${n}`,
        kind: 'case' as const,
        caseId: String(n),
        alias: `Klien ${n}`,
        text: `${text} kata${n} lain${n % 97} ${n % 13}x`,
      });
      for (let n = 0; n < 3000; n++) index.put(item(n, 'pertama'));
      // Every entry replaced: enough discarded entries for MiniSearch to start a vacuum.
      for (let n = 0; n < 3000; n++) index.put(item(n, 'kedua'));
      await new Promise((resolve) => setTimeout(resolve, 5));
      index.clear();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(unhandled).toEqual([]);
      expect(index.size).toBe(0);
      index.put(item(1, 'ketiga'));
      expect(index.query('ketiga')).toHaveLength(1);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
