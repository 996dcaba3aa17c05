import PDFDocument from 'pdfkit';
import * as Y from 'yjs';
import { z } from 'zod';
import { ActorId, IsoDateTime } from '../../../shared/domain';
import { CoreError } from '../errors';
import type { RecordsContext } from '../records/records-context';
import { TEMPLATES_KIND } from '../records/team-templates';
import type { Letterhead } from './pdf/pdf-writer';

/**
 * The organisation's name and logo, printed at the head of every PDF (issue #14, item 5). A
 * supervisor sets them once for the team: they travel in the team's templates document (the
 * team-wide scope, encrypted with the key every member holds), beside the checklist templates a
 * supervisor publishes the same way. Working alone, they stay in a personal document on this
 * device. The newest setting wins.
 */
export const MAX_LOGO_BYTES = 200 * 1024;
export const LOCAL_ORGANISATION_DOCUMENT = 'organisation';
export const LOCAL_ORGANISATION_KIND = 'organisation';
const MAP = 'organisation';
const KEY = 'letterhead';

export const LogoType = z.enum(['image/png', 'image/jpeg']);
export type LogoType = z.infer<typeof LogoType>;

export const StoredLetterhead = z.object({
  name: z.string().trim().max(160),
  logo: z
    .object({ type: LogoType, base64: z.string().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4) })
    .optional(),
  by: ActorId,
  at: IsoDateTime,
});
export type StoredLetterhead = z.infer<typeof StoredLetterhead>;

export type ExportProblem =
  'no_consent' | 'logo_too_large' | 'logo_type' | 'logo_damaged' | 'expired' | 'supervisor_only';

export function refused(problem: ExportProblem): CoreError {
  return new CoreError('export_refused', problem);
}

/** The type its first bytes say, whatever the file claimed to be. */
function sniff(bytes: Uint8Array): LogoType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/**
 * A logo is a small PNG or JPEG that pdfkit can draw: checked before anything is stored, so a
 * damaged file is refused with its reason and the letterhead stays as it was.
 */
export function checkLogo(bytes: Uint8Array, declared: string): LogoType {
  if (bytes.length > MAX_LOGO_BYTES) throw refused('logo_too_large');
  const type = sniff(bytes);
  if (!type || type !== declared) throw refused('logo_type');
  try {
    const probe = new PDFDocument({ size: 'A4' });
    probe.image(Buffer.from(bytes), 0, 0, { fit: [48, 48] });
    probe.end();
  } catch {
    throw refused('logo_damaged');
  }
  return type;
}

function readFrom(doc: Y.Doc): StoredLetterhead | undefined {
  const parsed = StoredLetterhead.safeParse(doc.getMap<unknown>(MAP).get(KEY));
  return parsed.success ? parsed.data : undefined;
}

/** The newest letterhead among the team's documents and this device's own. */
export function storedLetterhead(ctx: RecordsContext): StoredLetterhead | undefined {
  const ids = ctx.store.listDocumentIds(TEMPLATES_KIND);
  if (ctx.store.documentKind(LOCAL_ORGANISATION_DOCUMENT)) ids.push(LOCAL_ORGANISATION_DOCUMENT);
  let newest: StoredLetterhead | undefined;
  for (const id of ids) {
    const found = readFrom(ctx.docs.open(id));
    if (found && (!newest || found.at > newest.at)) newest = found;
  }
  return newest;
}

export function letterheadOf(stored: StoredLetterhead | undefined): Letterhead | undefined {
  if (!stored) return undefined;
  return {
    name: stored.name,
    ...(stored.logo
      ? { logo: { type: stored.logo.type, bytes: Buffer.from(stored.logo.base64, 'base64') } }
      : {}),
  };
}

/** Writes a letterhead into a document: the team's templates document, or the local one. */
export function writeLetterhead(doc: Y.Doc, letterhead: StoredLetterhead): void {
  doc.getMap<unknown>(MAP).set(KEY, letterhead);
}
