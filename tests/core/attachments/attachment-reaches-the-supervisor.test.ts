import { describe, expect, it } from 'vitest';
import { ATTACHMENT_PIECE_BYTES } from '../../../shared/api/attachments';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

describe('an attachment travels to the team', () => {
  const relay = sqliteRelayForSuite();

  it('the supervisor sees a counselor’s consent photo listed, then opens it once its chunks arrive', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await joinAsCounselor(supervisor);
    const caseId = (await counselor.call('cases.create', { alias: 'Kenanga' })).meta.id;
    const photo = Buffer.alloc(700_000, 'tanda tangan ');
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo, 0);
    Buffer.from([0xff, 0xd9]).copy(photo, photo.length - 2);
    const { uploadId } = await counselor.call('attachments.begin', { bytes: photo.length });
    for (let at = 0; at < photo.length; at += ATTACHMENT_PIECE_BYTES) {
      const piece = photo.subarray(at, at + ATTACHMENT_PIECE_BYTES).toString('base64');
      await counselor.call('attachments.piece', { uploadId, piece });
    }
    const view = await counselor.call('attachments.finish', {
      uploadId,
      caseId,
      owner: { kind: 'case', id: caseId },
      name: 'persetujuan.jpg',
    });
    await until('the counselor’s file to reach the relay', async () => {
      const [file] = await counselor.call('attachments.list', { caseId });
      return file?.sync === 'synced' ? true : undefined;
    });
    await until('the supervisor to hold the file', async () => {
      const list = await supervisor.call('attachments.list', { caseId }).catch(() => []);
      return list[0]?.sync === 'synced' ? true : undefined;
    });
    const read = await supervisor.call('attachments.read', {
      caseId,
      attachmentId: view.id,
      offset: 0,
    });
    expect(
      Buffer.from(read.piece, 'base64').equals(photo.subarray(0, ATTACHMENT_PIECE_BYTES)),
    ).toBe(true);
    supervisor.core.close();
    counselor.core.close();
  }, 120_000);
});
