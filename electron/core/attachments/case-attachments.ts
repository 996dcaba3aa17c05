import * as Y from 'yjs';
import { z } from 'zod';
import { ATTACHMENT_TYPES } from '../../../shared/attachments/file-type';
import { ATTACHMENT_PIECE_BYTES } from '../../../shared/api/attachments';
import type {
  AttachmentOwner,
  AttachmentView,
  AttachmentsWaiting,
} from '../../../shared/api/attachments';
import { AttachmentOwner as OwnerSchema } from '../../../shared/api/attachments';
import { toHex } from '../../../shared/encoding/hex';
import { randomBytes } from '../crypto';
import { CoreError } from '../errors';
import type { RecordsContext } from '../records/records-context';
import { readRecords, recordMap, writeFields } from '../records/ymap-records';
import { AttachmentStore, refused, type AttachmentRef } from './attachment-store';
import { ChunkQueue } from './chunk-queue';
import { TEAM_DOCUMENT, TeamDocument } from '../team/team-document';
import { keyringAttachmentKeys } from './index';

/**
 * What the case document keeps of each file (map `attachments` of the case's Yjs document, under
 * the case key, signed when it travels): enough to show it before its bytes arrive and to check
 * them once they do.
 */
const StoredMeta = z.object({
  id: z.string(),
  scopeId: z.string(),
  keyId: z.string(),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().nonnegative(),
  chunkCount: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string(),
  owner: OwnerSchema,
  addedAt: z.string(),
});
type StoredMeta = z.infer<typeof StoredMeta>;

interface Upload {
  expected: number;
  parts: Buffer[];
  received: number;
}

/** Files being handed over by the renderer: in memory only, wiped when finished or dropped. */
export class UploadBuffer {
  private readonly uploads = new Map<string, Upload>();

  begin(bytes: number): string {
    const id = toHex(randomBytes(16));
    this.uploads.set(id, { expected: bytes, parts: [], received: 0 });
    return id;
  }

  piece(uploadId: string, base64: string): number {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new CoreError('not_found', 'no such upload');
    const part = Buffer.from(base64, 'base64');
    if (upload.received + part.length > upload.expected) {
      this.drop(uploadId);
      throw refused('too_large');
    }
    upload.parts.push(part);
    upload.received += part.length;
    return upload.received;
  }

  /** The whole file, taken out of the buffer; the caller wipes it. */
  take(uploadId: string): Uint8Array {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new CoreError('not_found', 'no such upload');
    this.uploads.delete(uploadId);
    const whole = Buffer.concat(upload.parts);
    for (const p of upload.parts) p.fill(0);
    if (whole.length !== upload.expected) {
      whole.fill(0);
      throw refused('damaged');
    }
    return whole;
  }

  drop(uploadId: string): void {
    for (const p of this.uploads.get(uploadId)?.parts ?? []) p.fill(0);
    this.uploads.delete(uploadId);
  }

  clear(): void {
    for (const id of [...this.uploads.keys()]) this.drop(id);
  }
}

/** Attachments of cases, sessions and referrals, kept in each case's document. */
export class CaseAttachments {
  private readonly files: AttachmentStore;
  private readonly queue: ChunkQueue;

  constructor(private readonly ctx: RecordsContext) {
    const keys = keyringAttachmentKeys(ctx.keyring);
    this.files = new AttachmentStore(ctx.store.database, keys, () => ctx.clock.now());
    this.queue = new ChunkQueue(ctx.store.database, keys);
  }

  add(caseId: string, owner: AttachmentOwner, name: string, bytes: Uint8Array): AttachmentView {
    this.ctx.assertCaseEditable(caseId);
    this.assertOwner(caseId, owner); // not_found before anything is sealed
    const ref = this.files.put(caseId, bytes);
    const meta: StoredMeta = { ...ref, name, owner, addedAt: this.ctx.nowIso() };
    try {
      this.ctx.editCase(caseId, (c) => writeFields(recordMap(this.map(c.doc), ref.id), meta));
    } catch (error) {
      this.files.delete(ref.id);
      throw error;
    }
    return this.view(caseId, meta);
  }

  list(caseId: string, owner?: AttachmentOwner): AttachmentView[] {
    return this.metas(caseId)
      .filter((m) => !owner || (m.owner.kind === owner.kind && m.owner.id === owner.id))
      .map((m) => this.view(caseId, m));
  }

  /** A piece of the file's bytes from `offset`, decrypted in memory and checked whole first. */
  read(caseId: string, attachmentId: string, offset: number): { piece: string; done: boolean } {
    const { bytes } = this.open(caseId, attachmentId);
    try {
      const end = Math.min(bytes.length, offset + ATTACHMENT_PIECE_BYTES);
      return {
        piece: Buffer.from(bytes.subarray(offset, end)).toString('base64'),
        done: end >= bytes.length,
      };
    } finally {
      bytes.fill(0);
    }
  }

  /**
   * The whole file, decrypted in memory and checked against its digest, with the name and type it
   * was attached with; the caller wipes the bytes. Only a file of this case, which this device
   * holds and has the key of: otherwise not_found (or locked), as for `read`.
   */
  open(caseId: string, attachmentId: string): { name: string; type: string; bytes: Uint8Array } {
    const meta = this.metas(caseId).find((m) => m.id === attachmentId);
    if (!meta) throw new CoreError('not_found', 'no such attachment');
    return { name: meta.name, type: meta.type, bytes: this.files.read(meta) };
  }

  remove(caseId: string, attachmentId: string): void {
    this.ctx.editCase(caseId, (c) => this.map(c.doc).delete(attachmentId));
    this.files.delete(attachmentId);
  }

  allow(attachmentId?: string): void {
    if (attachmentId) this.queue.allow(attachmentId);
    else this.queue.allowAll();
  }

  /**
   * What waits to travel, and what the data saver holds back. Nothing on a device without a team:
   * its files stay here, and there is nothing to fetch.
   */
  waiting(): AttachmentsWaiting {
    if (!this.enrolled()) {
      const none = { files: 0, bytes: 0 };
      return { upload: none, download: none, held: none };
    }
    // The team's data saver as the sync applies it (DataSaver.active): on, and the connection not
    // marked unmetered. A one-connection "download anyway" is not counted: a file it lets through
    // leaves the figure as soon as it has moved.
    const { enabled, unmetered } = new TeamDocument(this.ctx.docs.open(TEAM_DOCUMENT)).dataSaver();
    return this.queue.waiting(enabled && !unmetered);
  }

  /** Files a teammate attached whose bytes this device has not got: queued for download. */
  reconcile(caseId: string): void {
    for (const meta of this.metas(caseId)) {
      if (this.files.state(meta.id) === undefined) this.files.expect(meta);
    }
  }

  /** The case itself, or a session or referral of this case: a file never hangs off nothing. */
  private assertOwner(caseId: string, owner: AttachmentOwner): void {
    const theCase = this.ctx.caseDocument(caseId); // not_found for an unknown case
    const found =
      owner.kind === 'case'
        ? owner.id === caseId
        : owner.kind === 'referral'
          ? theCase.referrals().some((r) => r.id === owner.id)
          : this.ctx.sessionDocument(owner.id).meta()?.caseId === caseId;
    if (!found) throw new CoreError('not_found', `no such ${owner.kind} in this case`);
  }

  /**
   * In a team, whose relay is where files go. Not a comparison with NO_TEAM: once the team sync
   * has started, a device alone reports itself too (teamKnowledge's `self`).
   */
  private enrolled(): boolean {
    return this.ctx.teamKnowledge().enrolledAs !== undefined;
  }

  private map(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
    return doc.getMap('attachments');
  }

  private metas(caseId: string): StoredMeta[] {
    const doc = this.ctx.caseDocument(caseId).doc;
    return readRecords(this.map(doc), StoredMeta, (id) =>
      this.ctx.log.warn({ what: 'attachment', id }, 'invalid attachment record skipped'),
    );
  }

  private view(caseId: string, m: StoredMeta): AttachmentView {
    const state = this.files.state(m.id);
    const sync =
      state === 'synced'
        ? 'synced'
        : state === 'remote' || state === undefined
          ? 'download'
          : !this.enrolled()
            ? 'here'
            : 'upload';
    const ref: AttachmentRef = m;
    return {
      id: ref.id,
      caseId,
      owner: m.owner,
      name: m.name,
      type: m.type,
      size: m.size,
      addedAt: m.addedAt,
      sync,
    };
  }
}
