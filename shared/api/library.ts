import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId } from '../domain/primitives';
import {
  CurationDecisionKind,
  fileFits,
  GivenMaterial,
  LibraryFields,
  LibraryItem,
  LibraryMediaType,
  LibraryStatus,
} from '../domain/library';

/**
 * The team's psychoeducation library (issue #14, item 3): items any member adds, curated by
 * supervisors, given to clients in sessions. The core keeps them in one encrypted document for
 * the team (electron/core/library); curation decisions are signed and checked on every device.
 */

/** Where the library is: this device alone, waiting for the team's key, or the team's. */
export const LibraryPlace = z.enum(['device', 'pending', 'team']);
export type LibraryPlace = z.infer<typeof LibraryPlace>;

export const LibraryItemView = LibraryItem.safeExtend({
  status: LibraryStatus,
  /** An earlier version was approved; this one waits for a supervisor. */
  changedSinceApproval: z.boolean(),
  decidedBy: ActorId.optional(),
  decidedAt: IsoDateTime.optional(),
  /** Written by this account. */
  mine: z.boolean(),
  /** This account may change the content: its author while not retired, or a curator. */
  editable: z.boolean(),
});
export type LibraryItemView = z.infer<typeof LibraryItemView>;

export const LibraryOverview = z.object({
  place: LibraryPlace,
  /** This account curates: a supervisor of the team, or someone working alone. */
  curates: z.boolean(),
  items: z.array(LibraryItemView),
});
export type LibraryOverview = z.infer<typeof LibraryOverview>;

/** The most a leaflet or image may weigh: its base64 must fit one API frame (8 MiB). */
export const LIBRARY_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** A file chosen on the form, its bytes as base64. */
export const LibraryUpload = z.object({
  name: z.string().trim().min(1).max(200),
  mediaType: z.enum(LibraryMediaType.options, 'library.problem.fileType'),
  base64: z
    .string()
    .max(Math.ceil((LIBRARY_FILE_MAX_BYTES * 4) / 3) + 4, 'library.problem.fileLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});
export type LibraryUpload = z.infer<typeof LibraryUpload>;

/**
 * What the add form sends: the fields, and the file's bytes for a leaflet or an image. The same
 * rules as the form: a text has no file, a leaflet a PDF, an image a picture.
 */
function uploadRules(
  value: { content: LibraryFields; upload?: LibraryUpload | undefined },
  ctx: z.RefinementCtx,
  required: boolean,
): void {
  const { kind } = value.content;
  if (kind === 'text') {
    if (value.upload) ctx.addIssue({ code: 'custom', path: ['upload'], message: 'notForText' });
    return;
  }
  if (!value.upload) {
    if (required)
      ctx.addIssue({ code: 'custom', path: ['upload'], message: 'library.problem.fileRequired' });
  } else if (!fileFits(kind, value.upload.mediaType)) {
    ctx.addIssue({ code: 'custom', path: ['upload'], message: 'library.problem.fileType' });
  }
}

const AddInput = z
  .object({ content: LibraryFields, upload: LibraryUpload.optional() })
  .superRefine((value, ctx) => uploadRules(value, ctx, true));

const UpdateInput = z
  .object({ itemId: RecordId, content: LibraryFields, upload: LibraryUpload.optional() })
  .superRefine((value, ctx) => uploadRules(value, ctx, false));

const SessionMaterials = z.object({
  materials: z.array(GivenMaterial),
  /** The session may be changed here, by this person. */
  editable: z.boolean(),
});
export type SessionMaterials = z.infer<typeof SessionMaterials>;

export const CaseMaterial = GivenMaterial.safeExtend({
  sessionId: RecordId,
  sessionStartsAt: IsoDateTime.optional(),
});
export type CaseMaterial = z.infer<typeof CaseMaterial>;

export const libraryMethods = {
  /** Items this person sees (approved ones and their own drafts; a curator sees all). */
  'library.list': {
    input: z.object({ query: z.string().max(200).optional() }),
    output: LibraryOverview,
  },
  'library.add': { input: AddInput, output: LibraryItemView },
  /** A new version of an item's content; its file is kept unless a new one is sent. */
  'library.update': {
    input: UpdateInput,
    output: LibraryItemView,
  },
  /** A supervisor approves the current version, hides or retires an item: signed. */
  'library.curate': {
    input: z.object({ itemId: RecordId, decision: CurationDecisionKind }),
    output: LibraryItemView,
  },
  /** The file of a leaflet or image, decrypted for viewing or saving. */
  'library.file': {
    input: z.object({ itemId: RecordId }),
    output: z.object({ name: z.string(), mediaType: LibraryMediaType, base64: z.string() }),
  },
  'library.sessionMaterials': {
    input: z.object({ sessionId: RecordId }),
    output: SessionMaterials,
  },
  /** Records an approved item as given to the client in this session (its current version). */
  'library.give': {
    input: z.object({ sessionId: RecordId, itemId: RecordId }),
    output: SessionMaterials,
  },
  'library.ungive': {
    input: z.object({ sessionId: RecordId, itemId: RecordId }),
    output: SessionMaterials,
  },
  /** Everything the case's sessions gave, newest session first. */
  'library.caseMaterials': {
    input: z.object({ caseId: RecordId }),
    output: z.array(CaseMaterial),
  },
} as const;
