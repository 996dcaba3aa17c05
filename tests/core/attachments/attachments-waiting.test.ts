import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { AttachmentStore, ChunkQueue } from '../../../electron/core/attachments';
import { AttachmentsWaiting } from '../../../shared/api/attachments';
import { CHUNK_BYTES, CHUNK_OVERHEAD } from '../../../shared/attachments/limits';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';
import { attachmentBench, fakeJpeg } from './support';

const sealed = (plainBytes: number): number => plainBytes + CHUNK_OVERHEAD;

describe('the figure of attachment data waiting (the Sync screen)', () => {
  let bench: ReturnType<typeof attachmentBench>;
  let files: AttachmentStore;
  let queue: ChunkQueue;

  beforeAll(initSodium);
  beforeEach(() => {
    bench = attachmentBench();
    files = new AttachmentStore(bench.db, bench.keys);
    queue = new ChunkQueue(bench.db, bench.keys);
  });
  afterEach(() => bench.cleanup());

  it('counts only the chunks still to send, in sealed bytes, and holds nothing back without the data saver', () => {
    const ref = files.put('case-1', fakeJpeg(CHUNK_BYTES + 1000));
    expect(queue.waiting()).toEqual({
      upload: { files: 1, bytes: sealed(CHUNK_BYTES) + sealed(1000) },
      download: { files: 0, bytes: 0 },
      held: { files: 0, bytes: 0 },
    });
    queue.markSent(ref.id, [0]);
    expect(queue.waiting().upload.bytes).toBe(
      Math.round(((sealed(CHUNK_BYTES) + sealed(1000)) * 1) / 2),
    );
  });

  it('holds back, while the data saver saves, every file the person has not allowed, up and down', () => {
    files.put('case-1', fakeJpeg(3000));
    const theirs = files.put('case-2', fakeJpeg(5000));
    files.delete(theirs.id);
    files.expect(theirs); // a teammate's file: its metadata here, its chunks on the relay

    const w = queue.waiting(true);
    expect(w.upload).toEqual({ files: 1, bytes: sealed(3000) });
    expect(w.download).toEqual({ files: 1, bytes: sealed(5000) });
    expect(w.held).toEqual({ files: 2, bytes: sealed(3000) + sealed(5000) });

    queue.allow(theirs.id);
    expect(queue.waiting(true).held).toEqual({ files: 1, bytes: sealed(3000) });
    queue.allowAll();
    expect(queue.waiting(true).held).toEqual({ files: 0, bytes: 0 });
    // Allowing moves nothing by itself: the files still wait, now free to go.
    expect(queue.waiting(true).upload.files + queue.waiting(true).download.files).toBe(2);
  });
});

describe('the core reports attachments waiting through the contract', () => {
  const relay = sqliteRelayForSuite();
  let started: CoreHarness[] = [];
  afterEach(() => {
    for (const h of started) h.core.close();
    started = [];
  });

  it('reports nothing on a device without a team: there is nowhere to send to', async () => {
    const h = await startCore();
    started.push(h);
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const caseId = (await h.call('cases.create', { alias: 'Anyelir' })).meta.id;
    await attachPhoto(h, caseId, 4000);
    const w = await h.call('attachments.waiting', {});
    expect(AttachmentsWaiting.parse(w)).toEqual({
      upload: { files: 0, bytes: 0 },
      download: { files: 0, bytes: 0 },
      held: { files: 0, bytes: 0 },
    });
  });

  it('a supervisor on a metered connection sees a counselor’s photo held back, until allowing them all', async () => {
    const supervisor = await startCore();
    started.push(supervisor);
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('sync.setDataSaver', { enabled: true });
    const counselor = await joinAsCounselor(supervisor);
    started.push(counselor);
    const caseId = (await counselor.call('cases.create', { alias: 'Kenanga' })).meta.id;
    await attachPhoto(counselor, caseId, 300_000);
    await until('the counselor’s photo to reach the relay', async () => {
      const w = await counselor.call('attachments.waiting', {});
      return w.upload.files === 0 ? true : undefined;
    });

    const held = await until('the supervisor to learn of the photo', async () => {
      const w = await supervisor.call('attachments.waiting', {}).catch(() => undefined);
      return w && w.download.files === 1 ? w : undefined;
    });
    // Two chunks (256 KiB and the rest), each sealed with a nonce and a tag.
    const expected = sealed(300_000 - CHUNK_BYTES) + sealed(CHUNK_BYTES);
    expect(held.download).toEqual({ files: 1, bytes: expected });
    expect(held.held).toEqual({ files: 1, bytes: expected });
    expect(held.upload).toEqual({ files: 0, bytes: 0 });

    await supervisor.call('attachments.allow', {});
    await until('the photo to arrive once allowed', async () => {
      const w = await supervisor.call('attachments.waiting', {});
      return w.download.files === 0 && w.held.files === 0 ? true : undefined;
    });
    const [file] = await supervisor.call('attachments.list', { caseId });
    expect(file?.sync).toBe('synced');
  }, 120_000);
});

async function attachPhoto(h: CoreHarness, caseId: string, size: number): Promise<void> {
  const photo = Buffer.from(fakeJpeg(size));
  const { uploadId } = await h.call('attachments.begin', { bytes: photo.length });
  await h.call('attachments.piece', { uploadId, piece: photo.toString('base64') });
  await h.call('attachments.finish', {
    uploadId,
    caseId,
    owner: { kind: 'case', id: caseId },
    name: 'persetujuan.jpg',
  });
}
