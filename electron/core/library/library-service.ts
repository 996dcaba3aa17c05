import type { LibraryItemView, LibraryOverview, LibraryUpload } from '../../../shared/api/library';
import { LIBRARY_FILE_MAX_BYTES } from '../../../shared/api/library';
import {
  curationStatus,
  visibleTo,
  type CurationDecisionKind,
  type LibraryFields,
  type LibraryItem,
  type VerifiedDecision,
} from '../../../shared/domain/library';
import { fromHex } from '../../../shared/encoding/hex';
import { CoreError } from '../errors';
import { actorIdOf } from '../keys/actor-id';
import { newRecordId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import { contentHash, signDecision, verifiedDecisions } from './curation-signatures';
import { LibraryDocument } from './library-document';
import type { LibraryFiles } from './library-files';
import { resolveLibrary, type ResolvedLibrary, type TeamForLibrary } from './library-place';
import { searchLibrary } from './library-search';

/**
 * The psychoeducation library (issue #14, item 3): items any member adds and changes (its author,
 * or a curator), decisions only a curator signs, and the list each person is shown.
 */
export class LibraryService {
  constructor(
    private readonly records: RecordsContext,
    private readonly team: TeamForLibrary,
    private readonly files: LibraryFiles,
  ) {}

  list(query?: string): LibraryOverview {
    const lib = this.resolve();
    const views = this.views(lib);
    const viewer = { actorId: this.records.actorId, curates: lib.curates };
    const visible = views.filter((v) => visibleTo(viewer, v));
    const items = query?.trim()
      ? searchLibrary(this.records, lib.docId, this.document(lib).all(), query).flatMap((id) => {
          const found = visible.find((v) => v.id === id);
          return found ? [found] : [];
        })
      : visible.sort((a, b) => a.title.localeCompare(b.title, 'id'));
    return { place: lib.place, curates: lib.curates, items };
  }

  get(itemId: string): LibraryItemView {
    const lib = this.resolve();
    const view = this.views(lib).find((v) => v.id === itemId);
    if (!view) throw new CoreError('not_found', 'no such library item');
    return view;
  }

  add(fields: LibraryFields, upload: LibraryUpload | undefined): LibraryItemView {
    const lib = this.resolve();
    const at = this.records.nowIso();
    const me = this.records.actorId;
    const item: LibraryItem = {
      ...fields,
      id: newRecordId(),
      version: 1,
      addedBy: me,
      addedAt: at,
      changedBy: me,
      changedAt: at,
      ...(upload ? { file: this.store(upload, lib) } : {}),
    };
    this.records.docs.transact(lib.docId, (doc) => {
      const library = new LibraryDocument(doc);
      library.put(item);
      // A curator's own item (a supervisor's, or anyone's working alone) is ready to give.
      if (lib.curates) library.addEntry(this.sign(item, 'approved'));
    });
    lib.flush();
    return this.get(item.id);
  }

  update(
    itemId: string,
    fields: LibraryFields,
    upload: LibraryUpload | undefined,
  ): LibraryItemView {
    const lib = this.resolve();
    const current = this.get(itemId);
    if (!current.editable) {
      throw new CoreError('bad_request', 'only its author or a supervisor changes this item');
    }
    const file = upload ? this.store(upload, lib) : current.file;
    if (fields.kind !== current.kind) throw new CoreError('bad_request', 'the kind stays');
    const next: LibraryItem = {
      ...fields,
      id: itemId,
      version: current.version + 1,
      addedBy: current.addedBy,
      addedAt: current.addedAt,
      changedBy: this.records.actorId,
      changedAt: this.records.nowIso(),
      ...(file ? { file } : {}),
    };
    const unchanged = contentHash({ ...next, version: current.version }) === contentHash(current);
    if (unchanged) return current;
    this.records.docs.transact(lib.docId, (doc) => {
      const library = new LibraryDocument(doc);
      library.put(next);
      // A curator who changes an approved item vouches for the new words too.
      if (lib.curates && current.status === 'approved') {
        library.addEntry(this.sign(next, 'approved'));
      }
    });
    lib.flush();
    return this.get(itemId);
  }

  /** A curator's decision, signed; anyone else is refused here (and ignored everywhere else). */
  curate(itemId: string, decision: CurationDecisionKind): LibraryItemView {
    const lib = this.resolve();
    if (!lib.curates) throw new CoreError('bad_request', 'only a supervisor curates the library');
    const item = this.document(lib).get(itemId);
    if (!item) throw new CoreError('not_found', 'no such library item');
    const entry = this.sign(item, decision);
    this.records.docs.transact(lib.docId, (doc) => new LibraryDocument(doc).addEntry(entry));
    lib.flush();
    return this.get(itemId);
  }

  file(itemId: string): { name: string; mediaType: LibraryUpload['mediaType']; bytes: Uint8Array } {
    const view = this.get(itemId);
    if (!view.file) throw new CoreError('not_found', 'this item has no file');
    const bytes = this.files.get(view.file);
    if (!bytes) throw new CoreError('not_found', 'the file has not reached this device yet');
    return { name: view.file.name, mediaType: view.file.mediaType, bytes };
  }

  /** Every item with its status as this device verifies it (nothing filtered). */
  views(lib: ResolvedLibrary = this.resolve()): LibraryItemView[] {
    const document = this.document(lib);
    const decisions = verifiedDecisions(
      document.entries(),
      (key) => lib.mayCurate(key),
      checkedSignatures(this.records),
    );
    const items = document.all();
    // The bytes of a teammate's file follow its metadata, fetched when the data saver allows.
    if (lib.place === 'team') for (const i of items) if (i.file) this.files.announce?.(i.file);
    return items.map((item) => this.view(item, decisions, lib));
  }

  resolve(): ResolvedLibrary {
    return resolveLibrary(this.records, this.team, this.files);
  }

  private view(
    item: LibraryItem,
    decisions: VerifiedDecision[],
    lib: ResolvedLibrary,
  ): LibraryItemView {
    const status = curationStatus(item, contentHash(item), decisions);
    const mine = item.addedBy === this.records.actorId;
    return {
      ...item,
      status: status.status,
      changedSinceApproval: status.changedSinceApproval,
      ...(status.decision
        ? {
            decidedBy: actorOfKey(status.decision.signPk),
            decidedAt: new Date(status.decision.at).toISOString(),
          }
        : {}),
      mine,
      editable: lib.curates || (mine && status.status !== 'retired'),
    };
  }

  private document(lib: ResolvedLibrary): LibraryDocument {
    return new LibraryDocument(this.records.docs.open(lib.docId));
  }

  private sign(item: LibraryItem, decision: CurationDecisionKind) {
    // Later than any decision already kept, so this one is the newest even with a slow clock.
    const latest = Math.max(
      0,
      ...this.document(this.resolve())
        .entries()
        .map((e) => e.at),
    );
    const at = Math.max(this.records.now().getTime(), latest + 1);
    return signDecision(this.team.signer, item, decision, at);
  }

  private store(upload: LibraryUpload, lib: ResolvedLibrary) {
    const bytes = new Uint8Array(Buffer.from(upload.base64, 'base64'));
    if (bytes.length > LIBRARY_FILE_MAX_BYTES) {
      throw new CoreError('bad_request', 'the file is larger than 5 MB');
    }
    if (!looksLike(upload.mediaType, bytes)) {
      throw new CoreError('bad_request', 'the file is not the type its name says');
    }
    return this.files.put(bytes, upload, lib.scopeId);
  }
}

/** Signature checks per unlocked workspace: dropped with its records when the vault locks. */
const checked = new WeakMap<object, Map<string, boolean>>();
function checkedSignatures(owner: object): Map<string, boolean> {
  let map = checked.get(owner);
  if (!map) checked.set(owner, (map = new Map()));
  return map;
}

/** The actor id the rest of the app uses for a signing key (keys/actor-id.ts). */
const actorOfKey = (signPkHex: string): string => actorIdOf(fromHex(signPkHex));

/** The first bytes of each allowed type: a renamed file of another type is refused. */
function looksLike(mediaType: LibraryUpload['mediaType'], bytes: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  switch (mediaType) {
    case 'application/pdf':
      return starts(0x25, 0x50, 0x44, 0x46, 0x2d);
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/webp':
      return (
        starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP'
      );
  }
}
