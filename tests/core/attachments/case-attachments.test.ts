import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_PIECE_BYTES, type AttachmentOwner } from '../../../shared/api/attachments';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';

/** A consent-form "photo": a JPEG whose body repeats `marker` in clear. */
function consentPhoto(marker: string, size = 600_000): Buffer {
  const photo = Buffer.alloc(size, ` ${marker} `);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo, 0);
  Buffer.from([0xff, 0xd9]).copy(photo, size - 2);
  return photo;
}

async function attach(
  h: CoreHarness,
  caseId: string,
  file: Buffer,
  name: string,
  owner: AttachmentOwner = { kind: 'case', id: caseId },
) {
  const { uploadId } = await h.call('attachments.begin', { bytes: file.length });
  for (let at = 0; at < file.length; at += ATTACHMENT_PIECE_BYTES) {
    const piece = file.subarray(at, at + ATTACHMENT_PIECE_BYTES).toString('base64');
    await h.call('attachments.piece', { uploadId, piece });
  }
  return h.call('attachments.finish', {
    uploadId,
    caseId,
    owner,
    name,
  });
}

async function readBack(h: CoreHarness, caseId: string, attachmentId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0, done = false; !done;) {
    const answer = await h.call('attachments.read', { caseId, attachmentId, offset });
    const piece = Buffer.from(answer.piece, 'base64');
    parts.push(piece);
    offset += piece.length;
    done = answer.done;
  }
  return Buffer.concat(parts);
}

function filesHolding(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker), Buffer.from(marker, 'utf16le')];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => needles.some((n) => readFileSync(path).includes(n)));
}

describe('a counselor attaches a signed consent form to a case', () => {
  it('keeps it sealed, lists it, gives it back whole, and carries it through a backup', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const caseId = (await h.call('cases.create', { alias: 'Anggrek' })).meta.id;
    const marker = `tanda-tangan-${randomBytes(6).toString('hex')}`;
    const photo = consentPhoto(marker);

    const view = await attach(h, caseId, photo, 'persetujuan.jpg');
    expect(view).toMatchObject({ name: 'persetujuan.jpg', type: 'image/jpeg', size: photo.length });
    expect(await h.call('attachments.list', { caseId })).toHaveLength(1);
    expect((await readBack(h, caseId, view.id)).equals(photo)).toBe(true);

    // Leak scan: the file's words are in no file of the data directory, backup included.
    const backup = await downloadBackup(h);
    expect(filesHolding(h.dataDir, marker)).toEqual([]);
    expect(backup.includes(Buffer.from(marker))).toBe(false);
    expect(photo.includes(Buffer.from(marker))).toBe(true); // the scan's control

    h.core.close();
    const restored = await restoreOnNewDevice(backup);
    const [again] = await restored.call('attachments.list', { caseId });
    expect(again?.name).toBe('persetujuan.jpg');
    expect((await readBack(restored, caseId, view.id)).equals(photo)).toBe(true);
    restored.core.close();
  }, 120_000);

  it.each([
    ['a program renamed .jpg', Buffer.from('MZ this is not a photo at all'), 'unknown_type'],
    ['a photo cut off mid-way', consentPhoto('x').subarray(0, 5000), 'damaged'],
  ])(
    'refuses %s with a clear reason and changes nothing',
    async (_name, file, problem) => {
      const h = await startCore();
      await h.call('vault.create', { passphrase: PASSPHRASE });
      const caseId = (await h.call('cases.create', { alias: 'Melati' })).meta.id;
      await expect(attach(h, caseId, file, 'file.jpg')).rejects.toThrow(
        `attachment_refused: ${problem}`,
      );
      expect(await h.call('attachments.list', { caseId })).toEqual([]);
      h.core.close();
    },
    60_000,
  );

  it('keeps a file on a referral of the case, listed with it, and refuses one on a referral it does not have', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const caseId = (await h.call('cases.create', { alias: 'Seruni' })).meta.id;
    const detail = await h.call('referrals.create', {
      caseId,
      target: 'hospital',
      toWhom: 'Puskesmas Cengkareng',
      reason: 'Pemeriksaan kesehatan',
      consent: { given: true, scope: 'hasil pemeriksaan', method: 'written' },
      followUpDate: '2030-01-15',
    });
    const referral = { kind: 'referral' as const, id: detail.referrals[0]?.id ?? '' };
    const view = await attach(h, caseId, consentPhoto('x', 4000), 'balasan.jpg', referral);
    expect(view).toMatchObject({ owner: referral, sync: 'here' });
    expect(await h.call('attachments.list', { caseId, owner: referral })).toHaveLength(1);
    expect(
      await h.call('attachments.list', { caseId, owner: { kind: 'case', id: caseId } }),
    ).toEqual([]);

    const elsewhere = { kind: 'referral' as const, id: 'r-not-in-this-case' };
    await expect(attach(h, caseId, consentPhoto('x', 4000), 'x.jpg', elsewhere)).rejects.toThrow(
      'not_found',
    );
    expect(await h.call('attachments.list', { caseId })).toHaveLength(1);
    h.core.close();
  }, 60_000);

  it('refuses a file over the limit before holding its bytes', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    await expect(h.call('attachments.begin', { bytes: 26 * 1024 * 1024 })).rejects.toThrow(
      'bad_request',
    );
    h.core.close();
  });
});
