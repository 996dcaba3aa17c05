import type { LibraryPlace } from '../../../shared/api/library';
import { toHex } from '../../../shared/encoding/hex';
import type { RecordsContext } from '../records/records-context';
import type { Signer } from '../review/review-crypto';
import type { LibraryFiles } from './library-files';
import {
  LIBRARY_DOCUMENT,
  LIBRARY_KIND,
  LibraryDocument,
  teamLibraryDocumentId,
} from './library-document';

/** What the library needs of the team (the team sync answers). */
export interface TeamForLibrary {
  /** This account's signing key: curation decisions are signed with it. */
  signer: Signer;
  /** Undefined when working alone. */
  team?: {
    teamId: string;
    /** The team-wide scope, which every member reads (templates, names, directory). */
    scopeId: string;
    /** A current supervisor of this device's verified roster (hex signing key). */
    isSupervisorKey(signPkHex: string): boolean;
    flush(): void;
  };
}

/** Where the library is read and written now, and who counts as a curator there. */
export interface ResolvedLibrary {
  docId: string;
  place: LibraryPlace;
  /** The scope new files go into (none: this device's personal key). */
  scopeId: string | undefined;
  /** This account curates here. */
  curates: boolean;
  /** Whether a decision signed with this key counts. */
  mayCurate(signPkHex: string): boolean;
  flush(): void;
}

/**
 * Someone working alone keeps the library in their own document and curates it themselves. In a
 * team it is `library-<team id>` in the team-wide scope, once this device holds that scope's
 * key (a supervisor mints it, a counselor gets it sealed); until then, items go to the device's
 * own document and are copied into the team's once the key is here, each once, as the directory
 * of contacts does (electron/core/team/team-directory.ts). In a team only a current supervisor's
 * signature counts, whoever wrote it into the document.
 */
export function resolveLibrary(
  records: RecordsContext,
  team: TeamForLibrary,
  files: LibraryFiles,
): ResolvedLibrary {
  const own = toHex(team.signer.publicKey);
  const local = (): void => {
    if (!records.store.documentKind(LIBRARY_DOCUMENT)) {
      records.store.setDocumentKind(LIBRARY_DOCUMENT, LIBRARY_KIND);
    }
  };
  const t = team.team;
  if (!t) {
    local();
    return {
      docId: LIBRARY_DOCUMENT,
      place: 'device',
      scopeId: undefined,
      curates: true,
      mayCurate: (key) => key === own,
      flush: () => undefined,
    };
  }
  const base = {
    curates: t.isSupervisorKey(own),
    mayCurate: (key: string) => t.isSupervisorKey(key),
    flush: () => t.flush(),
  };
  const { keyring, store } = records;
  if (keyring.keyIdsOf(t.scopeId).length === 0) {
    local();
    return { ...base, docId: LIBRARY_DOCUMENT, place: 'pending', scopeId: undefined };
  }
  const docId = teamLibraryDocumentId(t.teamId);
  // Filed under the team scope before anything is written, so it is sealed with the team key.
  if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, t.scopeId);
  if (!store.documentKind(docId)) store.setDocumentKind(docId, LIBRARY_KIND);
  mergeOnce(records, files, t.teamId, docId, t.scopeId);
  return { ...base, docId, place: 'team', scopeId: t.scopeId };
}

/**
 * Copies what this device kept in its own library into the team's, once per team: items the
 * team's does not have yet (by id), with their files re-sealed under the team scope, and the
 * decisions about them (which count there only if signed by one of the team's supervisors).
 */
function mergeOnce(
  records: RecordsContext,
  files: LibraryFiles,
  teamId: string,
  docId: string,
  scopeId: string,
): void {
  const { store, docs } = records;
  if (!store.documentKind(LIBRARY_DOCUMENT)) return;
  const local = new LibraryDocument(docs.open(LIBRARY_DOCUMENT));
  if (local.mergedInto(teamId)) return;
  const shared = new LibraryDocument(docs.open(docId));
  const items = local.all().filter((item) => !shared.get(item.id));
  const moved = items.map((item) => {
    if (!item.file) return item;
    try {
      return { ...item, file: files.copy(item.file, scopeId) };
    } catch {
      return item;
    }
  });
  const ids = new Set(items.map((i) => i.id));
  docs.transact(docId, (doc) => {
    const target = new LibraryDocument(doc);
    for (const item of moved) target.put(item);
    for (const entry of local.entries()) if (ids.has(entry.itemId)) target.addEntry(entry);
  });
  docs.transact(LIBRARY_DOCUMENT, (doc) =>
    new LibraryDocument(doc).markMerged(teamId, records.nowIso()),
  );
}
