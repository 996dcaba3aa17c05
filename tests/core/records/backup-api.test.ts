import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadBackup, uploadBackup as upload } from '../support/backup-steps';
import { noteEdit, noteOf, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

async function vaultWithOneSession(): Promise<{
  h: CoreHarness;
  sessionId: string;
  recoveryKey: string;
}> {
  const h = await startCore();
  const issued = await h.call('vault.create', { passphrase: PASSPHRASE });
  const groups = issued.confirmGroups.map((g) => issued.recoveryKey.split('-')[g] ?? '');
  await h.call('vault.confirmRecoveryKey', { groups });
  const created = await h.call('cases.create', { alias: 'Melati' });
  const session = await h.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-11-21T10:00:00+07:00',
    durationMinutes: 30,
    channel: 'videoCall',
  });
  await h.call('documents.update', {
    documentId: session.documentId,
    update: noteEdit(session.documentState, 'Catatan yang harus selamat dari laptop hilang'),
  });
  return { h, sessionId: session.meta.id, recoveryKey: issued.recoveryKey };
}

describe('encrypted backup through the API', () => {
  it('restores a whole vault on another device with the passphrase', async () => {
    const { h, sessionId } = await vaultWithOneSession();
    const file = await downloadBackup(h);
    expect(file.includes(Buffer.from('laptop hilang'))).toBe(false);

    const other = await startCore();
    const uploadId = await upload(other, file);
    await expect(
      other.call('backup.finishRestore', {
        uploadId,
        passphrase: 'bukan frasa sandinya sama sekali',
      }),
    ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    expect(existsSync(join(other.dataDir, 'vault.json'))).toBe(false);

    const status = await other.call('backup.finishRestore', { uploadId, passphrase: PASSPHRASE });
    expect(status.state).toBe('unlocked');
    const session = await other.call('sessions.get', { sessionId });
    expect(noteOf(session.documentState)).toContain('laptop hilang');
    expect(session.alias).toBe('Melati');
  });

  it('restores with the recovery key and a new passphrase', async () => {
    const { h, sessionId, recoveryKey } = await vaultWithOneSession();
    const file = await downloadBackup(h);
    const other = await startCore();
    const uploadId = await upload(other, file);
    const newPassphrase = 'sepeda ontel melintas jembatan merah';
    await other.call('backup.finishRestore', { uploadId, recoveryKey, newPassphrase });
    await other.call('vault.lock', {});
    await other.call('vault.unlock', { passphrase: newPassphrase });
    expect((await other.call('sessions.get', { sessionId })).alias).toBe('Melati');
  });

  it('reports a tampered backup and leaves the new device empty', async () => {
    const { h } = await vaultWithOneSession();
    const file = await downloadBackup(h);
    const bad = Buffer.from(file);
    const at = bad.length - 100;
    bad[at] = (bad[at] ?? 0) ^ 0xff;
    const other = await startCore();
    const uploadId = await upload(other, bad);
    await expect(
      other.call('backup.finishRestore', { uploadId, passphrase: PASSPHRASE }),
    ).rejects.toMatchObject({ code: 'corrupt' });
    expect((await other.call('vault.status', {})).state).toBe('new');
  });

  it('refuses to restore over an existing vault', async () => {
    const { h } = await vaultWithOneSession();
    await expect(h.call('backup.beginRestore', { bytes: 10 })).rejects.toMatchObject({
      code: 'exists',
    });
  });
});
