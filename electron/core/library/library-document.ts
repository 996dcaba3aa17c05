import type * as Y from 'yjs';
import { LibraryItem } from '../../../shared/domain/library';
import { CurationEntry } from './curation-signatures';

/**
 * The library as a Yjs document (issue #14, item 3): `library-<team id>` in the team-wide scope,
 * or `library` on a device working alone (personal key, never synced).
 *
 * Each item is one value in the map 'items', replaced whole by each new version: two members who
 * change one item while apart keep one of the two versions (Yjs picks the same everywhere), and an
 * approval names the content it covers, so a version nobody approved is never shown as approved.
 * Decisions are kept each under its own key in 'curation', never overwritten, so a member who
 * writes an older decision back cannot replace a newer one: the newest signed one decides.
 */
export const LIBRARY_KIND = 'library';
export const LIBRARY_DOCUMENT = 'library';
export const teamLibraryDocumentId = (teamIdHex: string): string => `library-${teamIdHex}`;
export const isTeamLibraryDocument = (docId: string): boolean =>
  /^library-[0-9a-f]{32}$/.test(docId);

export class LibraryDocument {
  constructor(readonly doc: Y.Doc) {}

  private items(): Y.Map<unknown> {
    return this.doc.getMap<unknown>('items');
  }

  private curation(): Y.Map<unknown> {
    return this.doc.getMap<unknown>('curation');
  }

  /** Every item that validates; what another version wrote oddly is left out. */
  all(): LibraryItem[] {
    const out: LibraryItem[] = [];
    for (const value of this.items().values()) {
      const parsed = LibraryItem.safeParse(value);
      if (parsed.success) out.push(parsed.data);
    }
    return out;
  }

  get(itemId: string): LibraryItem | undefined {
    const parsed = LibraryItem.safeParse(this.items().get(itemId));
    return parsed.success ? parsed.data : undefined;
  }

  put(item: LibraryItem): void {
    this.items().set(item.id, LibraryItem.parse(item));
  }

  /** Decision entries as stored (signatures not yet checked). */
  entries(): CurationEntry[] {
    const out: CurationEntry[] = [];
    for (const [key, value] of this.curation().entries()) {
      const parsed = CurationEntry.safeParse(value);
      if (parsed.success && key === entryKey(parsed.data)) out.push(parsed.data);
    }
    return out;
  }

  addEntry(entry: CurationEntry): void {
    this.curation().set(entryKey(entry), entry);
  }

  /** The teams this device's own library was already copied into (working alone → joined). */
  mergedInto(teamId: string): boolean {
    return this.doc.getMap<unknown>('merged').has(teamId);
  }

  markMerged(teamId: string, at: string): void {
    this.doc.getMap<unknown>('merged').set(teamId, at);
  }
}

const entryKey = (e: CurationEntry): string => `${e.itemId}:${e.signPk}:${e.at}`;
