import { describe, expect, it, vi } from 'vitest';
import { FieldRegisters } from '../../../electron/core/records/field-register';
import { PASSPHRASE, startCore } from '../support/core-harness';

/**
 * Issue #13, item 3: the household lives in each case's document, and the case list is drawn
 * from the index alone, so members added to every case cannot slow the list after unlock.
 */
describe('the case list after unlock', () => {
  it('reads no household member, however many the cases hold', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    for (const alias of ['Mawar', 'Melati', 'Kenanga']) {
      const created = await h.call('cases.create', { alias });
      for (const member of ['Anak', 'Ibu']) {
        await h.call('household.add', {
          caseId: created.meta.id,
          alias: `${member} ${alias}`,
          relation: member === 'Anak' ? 'child' : 'parent',
        });
      }
    }
    h.core.close();

    const again = await startCore(h.dataDir);
    await again.call('vault.unlock', { passphrase: PASSPHRASE });
    // Let the search index, which does read every case once, finish in the background first.
    await vi.waitFor(
      async () => {
        const { hits } = await again.call('search.query', { text: 'Kenanga' });
        expect(hits.some((hit) => hit.kind === 'household')).toBe(true);
      },
      { timeout: 10_000 },
    );
    const reads = vi.spyOn(FieldRegisters.prototype, 'all');
    try {
      const { cases } = await again.call('cases.list', {});
      expect(cases.map((c) => c.alias).sort()).toEqual(['Kenanga', 'Mawar', 'Melati']);
      expect(reads).not.toHaveBeenCalled();
      // The spy does see a read: opening one case reads its household.
      await again.call('cases.get', { caseId: cases[0]?.id ?? '' });
      expect(reads).toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      again.core.close();
    }
  });
});
