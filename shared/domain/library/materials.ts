import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId } from '../primitives';
import { LibraryItemKind, LibraryLanguage } from './item';

/**
 * "Materi yang diberikan / Material given" (issue #14, item 3): what a session gave the client,
 * kept in the session's own document (under the case's key, like the note). The title and the
 * version are copied in, so the session says what was given even after the item changes, is
 * retired, or the library is out of reach.
 */
export const GivenMaterial = z.object({
  itemId: RecordId,
  title: z.string().min(1).max(200),
  version: z.number().int().positive(),
  kind: LibraryItemKind,
  language: LibraryLanguage,
  givenAt: IsoDateTime,
  givenBy: ActorId,
});
export type GivenMaterial = z.infer<typeof GivenMaterial>;
