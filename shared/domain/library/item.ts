import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId } from '../primitives';

/**
 * The team's psychoeducation library (issue #14, item 3): leaflets (PDF), images and short texts
 * a counselor gives a client ("providing information and education", seed papers `000_…` and
 * `003_…`). Each item has a title, a language, topic tags and a version that grows with every
 * change of its content, so a session can say exactly what was given.
 */
export const LibraryItemKind = z.enum(['text', 'leaflet', 'image']);
export type LibraryItemKind = z.infer<typeof LibraryItemKind>;

/** The language the material is written in (the app's two, Bahasa Indonesia first). */
export const LibraryLanguage = z.enum(['id', 'en']);
export type LibraryLanguage = z.infer<typeof LibraryLanguage>;

/** 'rich': a small, safe subset of formatting (headings, **bold**, lists); never HTML. */
export const LibraryTextFormat = z.enum(['plain', 'rich']);
export type LibraryTextFormat = z.infer<typeof LibraryTextFormat>;

export const LIBRARY_TITLE_MAX = 200;
export const LIBRARY_TEXT_MAX = 20_000;
export const LIBRARY_TAGS_MAX = 12;

/** Lower-case, no spaces at either end, so "Kecemasan" and "kecemasan " are one topic. */
export const LibraryTag = z.string().trim().toLowerCase().min(1).max(40);

/** The media types a leaflet or image may have; anything else is refused before it is kept. */
export const LEAFLET_TYPES = ['application/pdf'] as const;
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const LibraryMediaType = z.enum([...LEAFLET_TYPES, ...IMAGE_TYPES]);
export type LibraryMediaType = z.infer<typeof LibraryMediaType>;

/** A stored file: its bytes live encrypted elsewhere (library-files), named by `fileId`. */
export const LibraryFileRef = z.object({
  fileId: RecordId,
  name: z.string().trim().min(1).max(200),
  mediaType: LibraryMediaType,
  size: z.number().int().positive(),
  /** SHA-256 of the bytes, hex: signed into an approval, so the file cannot be swapped. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Where the encrypted attachment storage (electron/core/attachments) keeps the bytes in a
   * team: its scope, key and chunk count. Absent for a file kept on this device only.
   */
  attachment: z
    .object({
      scopeId: z.string().min(1).max(200),
      keyId: z.string().min(1).max(200),
      chunkCount: z.number().int().positive(),
    })
    .optional(),
});
export type LibraryFileRef = z.infer<typeof LibraryFileRef>;

const ContentShape = z.object({
  kind: LibraryItemKind,
  title: z.string().trim().min(1, 'library.problem.titleRequired').max(LIBRARY_TITLE_MAX),
  language: LibraryLanguage,
  tags: z.array(LibraryTag).max(LIBRARY_TAGS_MAX),
  /** The text itself for a text; a short description for a leaflet or an image. */
  text: z.string().max(LIBRARY_TEXT_MAX),
  textFormat: LibraryTextFormat,
  file: LibraryFileRef.optional(),
});

/** A text's words, or a file's description: catalog keys, as the form shows them. */
const TEXT_REQUIRED = 'library.problem.textRequired';

/** The cross-field rules, in the schema so the core refuses what the form refuses. */
function contentRules(value: z.infer<typeof ContentShape>, ctx: z.RefinementCtx): void {
  if (value.kind === 'text') {
    if (!value.text.trim())
      ctx.addIssue({ code: 'custom', path: ['text'], message: TEXT_REQUIRED });
    if (value.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'notForText' });
    return;
  }
  if (!value.file)
    ctx.addIssue({ code: 'custom', path: ['file'], message: 'library.problem.fileRequired' });
  else if (!fileFits(value.kind, value.file.mediaType)) {
    ctx.addIssue({ code: 'custom', path: ['file'], message: 'library.problem.fileType' });
  }
}

/** What an author writes: the part of an item a version number and an approval cover. */
export const LibraryContent = ContentShape.superRefine(contentRules);
export type LibraryContent = z.infer<typeof LibraryContent>;

/** An item as kept in the library document. */
export const LibraryItem = ContentShape.extend({
  id: RecordId,
  version: z.number().int().positive(),
  addedBy: ActorId,
  addedAt: IsoDateTime,
  changedBy: ActorId,
  changedAt: IsoDateTime,
}).superRefine(contentRules);
export type LibraryItem = z.infer<typeof LibraryItem>;

/** What a form sends: the content without the stored file (its bytes travel beside it). */
export const LibraryFields = ContentShape.omit({ file: true }).superRefine((value, ctx) => {
  if (value.kind === 'text' && !value.text.trim()) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: TEXT_REQUIRED });
  }
});
export type LibraryFields = z.infer<typeof LibraryFields>;

/** Whether a file of this media type fits an item of this kind. */
export function fileFits(kind: LibraryItemKind, mediaType: string): boolean {
  if (kind === 'text') return false;
  const allowed: readonly string[] = kind === 'leaflet' ? LEAFLET_TYPES : IMAGE_TYPES;
  return allowed.includes(mediaType);
}

/** Tags as a person types them: split on commas, trimmed, lower-cased, each once. */
export function parseTags(typed: string): string[] {
  const seen = new Set<string>();
  for (const part of typed.split(',')) {
    const tag = part.trim().toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
