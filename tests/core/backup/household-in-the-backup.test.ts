import { describe, expect, it } from 'vitest';
import { downloadBackup, uploadBackup } from '../support/backup-steps';
import { PASSPHRASE, startCore } from '../support/core-harness';

describe('the household in the encrypted backup (issue #13, item 3)', () => {
  it('comes back on another laptop with its identifying details, and is not readable in the file', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const created = await h.call('cases.create', { alias: 'Anggrek' });
    const caseId = created.meta.id;
    const added = await h.call('household.add', {
      caseId,
      alias: 'Kakak Sulung',
      relation: 'sibling',
      needs: ['documents'],
      needsNote: 'KTP hilang saat pindah',
      identifying: { name: 'Dwi Lestari Handayani', nik: '3174091203900003' },
    });
    const memberId = added.members[0]?.member.id ?? '';
    await h.call('household.remove', { caseId, memberId });

    const file = await downloadBackup(h);
    for (const word of ['Sulung', 'Handayani', '3174091203900003', 'KTP hilang']) {
      expect(file.includes(Buffer.from(word)), word).toBe(false);
    }
    const other = await startCore();
    const uploadId = await uploadBackup(other, file);
    await other.call('backup.finishRestore', { uploadId, passphrase: PASSPHRASE });
    const restored = await other.call('cases.get', { caseId });
    // Removed before the backup: still removed, with everything it held.
    expect(restored.household?.members).toEqual([]);
    expect(restored.household?.removed[0]?.member).toMatchObject({
      alias: 'Kakak Sulung',
      needsNote: 'KTP hilang saat pindah',
      identifying: { name: 'Dwi Lestari Handayani', nik: '3174091203900003' },
    });
    const { hits } = await other
      .call('household.restore', { caseId, memberId })
      .then(() => other.call('search.query', { text: 'Sulung' }));
    expect(hits).toMatchObject([{ kind: 'household', caseId }]);
  }, 60_000);
});
