import { describe, expect, it } from 'vitest';
import { ATTACHMENT_PIECE_BYTES } from '../../../shared/api/attachments';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { take } from './support';

/**
 * Issue #14, item 6: a copy of a case's attachment leaves the vault as every export does, under
 * a one-time ticket, and is recorded in the case's audit trail when it is taken (by the save
 * dialog or the download), with what it was and which attachment: never the file's name.
 */

/** A signed consent form, photographed: a JPEG whose body says who signed. */
function consentPhoto(size = 300_000): Buffer {
  const photo = Buffer.alloc(size, ' ditandatangani Ibu Siti Rahmawati ');
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo, 0);
  Buffer.from([0xff, 0xd9]).copy(photo, size - 2);
  return photo;
}

async function caseWithPhoto(h: CoreHarness, alias: string, name: string, photo: Buffer) {
  const caseId = (await h.call('cases.create', { alias })).meta.id;
  const { uploadId } = await h.call('attachments.begin', { bytes: photo.length });
  for (let at = 0; at < photo.length; at += ATTACHMENT_PIECE_BYTES) {
    const piece = photo.subarray(at, at + ATTACHMENT_PIECE_BYTES).toString('base64');
    await h.call('attachments.piece', { uploadId, piece });
  }
  const view = await h.call('attachments.finish', {
    uploadId,
    caseId,
    owner: { kind: 'case', id: caseId },
    name,
  });
  return { caseId, attachmentId: view.id };
}

async function exported(h: CoreHarness, caseId: string) {
  return h.call('audit.list', { caseId, filters: { kind: 'exported' } });
}

describe('saving a copy of an attachment', () => {
  it('gives the attachment’s own bytes, under its own name and type', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const photo = consentPhoto();
    const { caseId, attachmentId } = await caseWithPhoto(h, 'Anggrek', 'persetujuan.jpg', photo);

    const prepared = await h.call('exports.prepare', { kind: 'attachment', caseId, attachmentId });
    expect(prepared).toMatchObject({
      fileName: 'persetujuan.jpg',
      mediaType: 'image/jpeg',
      bytes: photo.length,
    });
    expect(take(h, prepared.ticket).equals(photo)).toBe(true);
    h.core.close();
  }, 60_000);

  it('names a copy by its type when its own name has no such extension', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const { caseId, attachmentId } = await caseWithPhoto(h, 'Seruni', 'KTP ibu', consentPhoto());
    const prepared = await h.call('exports.prepare', { kind: 'attachment', caseId, attachmentId });
    expect(prepared.fileName).toBe('KTP ibu.jpg');
    h.core.close();
  }, 60_000);

  it('is recorded once in the case’s audit trail when it is taken, not when it is prepared', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const name = 'persetujuan-Siti-Rahmawati.jpg';
    const { caseId, attachmentId } = await caseWithPhoto(h, 'Melati', name, consentPhoto());

    const prepared = await h.call('exports.prepare', { kind: 'attachment', caseId, attachmentId });
    // Prepared and not taken (the save dialog is still open, or was cancelled): nothing recorded.
    expect((await exported(h, caseId)).entries).toEqual([]);

    take(h, prepared.ticket);
    const after = await exported(h, caseId);
    expect(after.entries).toHaveLength(1);
    expect(after.entries[0]).toMatchObject({ kind: 'exported', what: 'attachment', attachmentId });
    expect(after.entries[0]?.format).toBeUndefined();
    // The kind and the id only: the name a person typed (here, the client's) is not in the trail.
    expect(JSON.stringify(after.entries)).not.toContain('Siti');
    expect(after.verification.valid).toBe(true);

    // The ticket works once; a second attempt neither gives the file nor records again.
    expect(h.core.takeExport(prepared.ticket)).toBeUndefined();
    expect((await exported(h, caseId)).entries).toHaveLength(1);
    h.core.close();
  }, 60_000);

  it('is refused for another case’s attachment, and nothing is held or recorded', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const first = await caseWithPhoto(h, 'Kenanga', 'a.jpg', consentPhoto());
    const other = (await h.call('cases.create', { alias: 'Teratai' })).meta.id;
    await expect(
      h.call('exports.prepare', {
        kind: 'attachment',
        caseId: other,
        attachmentId: first.attachmentId,
      }),
    ).rejects.toThrow(/^not_found/);
    expect((await exported(h, other)).entries).toEqual([]);
    expect((await exported(h, first.caseId)).entries).toEqual([]);
    h.core.close();
  }, 60_000);

  it('is refused on a device that does not hold the case, and while the vault is locked', async () => {
    const owner = await startCore();
    await owner.call('vault.create', { passphrase: PASSPHRASE });
    const { caseId, attachmentId } = await caseWithPhoto(owner, 'Dahlia', 'a.jpg', consentPhoto());
    const stranger = await startCore();
    await stranger.call('vault.create', { passphrase: PASSPHRASE });
    await expect(
      stranger.call('exports.prepare', { kind: 'attachment', caseId, attachmentId }),
    ).rejects.toThrow(/^not_found/);

    const prepared = await owner.call('exports.prepare', {
      kind: 'attachment',
      caseId,
      attachmentId,
    });
    await owner.call('vault.lock', {});
    await expect(
      owner.call('exports.prepare', { kind: 'attachment', caseId, attachmentId }),
    ).rejects.toThrow(/^locked/);
    // Locking dropped what was prepared: it can no longer leave.
    expect(owner.core.takeExport(prepared.ticket)).toBeUndefined();
    owner.core.close();
    stranger.core.close();
  }, 60_000);
});
