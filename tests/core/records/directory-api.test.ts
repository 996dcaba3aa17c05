import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';

describe('the directory, working alone', () => {
  it('is kept on this device only, and archiving a contact keeps the referral that names it readable', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const empty = await h.call('directory.list', {});
    expect(empty).toEqual({ contacts: [], archived: [], sharing: 'device' });

    const saved = await h.call('directory.save', {
      kind: 'psychologist',
      name: 'Biro Psikologi Harapan',
      phone: '(021) 555-0142',
    });
    const contact = saved.contacts[0];
    if (!contact) throw new Error('the contact was not saved');
    expect(contact.addedAt).toBeDefined();

    const created = await h.call('cases.create', { alias: 'Kenanga' });
    await h.call('referrals.create', {
      caseId: created.meta.id,
      target: 'psychologist',
      contactId: contact.id,
      toWhom: contact.name,
      reason: 'Asesmen psikologis',
      consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
      followUpDate: '2026-12-01',
    });

    const archived = await h.call('directory.archive', { id: contact.id, archived: true });
    expect(archived.contacts).toEqual([]);
    expect(archived.archived).toEqual([expect.objectContaining({ id: contact.id })]);
    expect(archived.archived[0]?.archivedAt).toBeDefined();

    const detail = await h.call('cases.get', { caseId: created.meta.id });
    expect(detail.referrals).toEqual([
      expect.objectContaining({ contactId: contact.id, toWhom: 'Biro Psikologi Harapan' }),
    ]);

    // Still archived after a restart; restoring brings it back into the pickers.
    h.core.close();
    const again = await startCore(h.dataDir);
    await again.call('vault.unlock', { passphrase: PASSPHRASE });
    expect((await again.call('directory.list', {})).archived).toHaveLength(1);
    const restored = await again.call('directory.archive', { id: contact.id, archived: false });
    expect(restored.contacts.map((c) => c.name)).toEqual(['Biro Psikologi Harapan']);
    expect(restored.archived).toEqual([]);
    again.core.close();
  });

  it('refuses to archive a contact that is not in the directory', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    await expect(
      h.call('directory.archive', { id: 'ab'.repeat(16), archived: true }),
    ).rejects.toMatchObject({ code: 'not_found' });
    h.core.close();
  });
});
