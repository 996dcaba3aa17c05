import PDFDocument from 'pdfkit';
import * as Y from 'yjs';
import { z } from 'zod';
import { ActorId, IsoDateTime } from '../../../shared/domain';
import { CoreError } from '../errors';
import type { RecordsContext } from '../records/records-context';
import { TEMPLATES_KIND } from '../records/team-templates';
import { letterheadVerifies } from './letterhead-signature';
import type { Letterhead } from './pdf/pdf-writer';

/**
 * The organisation's name and logo, printed at the head of every PDF (issue #14, item 5). A
 * supervisor sets them once for the team: they travel in the team's templates document (the
 * team-wide scope, encrypted with the key every member holds), beside the checklist templates a
 * supervisor publishes the same way, signed by that supervisor (letterhead-signature.ts). Each
 * setting is its own entry, so that no member's write can replace a supervisor's with a valid
 * one; the newest that verifies against a current supervisor of the verified roster counts.
 * Working alone, they stay in a personal document on this device, which nobody else can write.
 */
export const MAX_LOGO_BYTES = 200 * 1024;
export const LOCAL_ORGANISATION_DOCUMENT = 'organisation';
export const LOCAL_ORGANISATION_KIND = 'organisation';
const MAP = 'organisation';
/** Where letterheads were kept before they were signed (one value, the last writer's). */
const UNSIGNED_KEY = 'letterhead';
const keyOf = (l: StoredLetterhead): string => `letterhead:${l.signPk ?? ''}:${l.at}`;

export const LogoType = z.enum(['image/png', 'image/jpeg']);
export type LogoType = z.infer<typeof LogoType>;

export const StoredLetterhead = z.object({
  name: z.string().trim().max(160),
  logo: z
    .object({ type: LogoType, base64: z.string().max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4) })
    .optional(),
  by: ActorId,
  at: IsoDateTime,
  /** The signer's Ed25519 key and signature (hex); absent on letterheads written before. */
  signPk: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  sig: z
    .string()
    .regex(/^[0-9a-f]{128}$/)
    .optional(),
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

function readFrom(doc: Y.Doc, counts: (l: StoredLetterhead) => boolean): StoredLetterhead[] {
  const out: StoredLetterhead[] = [];
  doc.getMap<unknown>(MAP).forEach((value, key) => {
    if (key !== UNSIGNED_KEY && !key.startsWith('letterhead:')) return;
    const parsed = StoredLetterhead.safeParse(value);
    if (parsed.success && counts(parsed.data)) out.push(parsed.data);
  });
  return out;
}

/**
 * The letterhead that counts: in a team, the newest a current supervisor signed
 * (`isSupervisorKey`); alone, or while the team has none, the newest of this device's own
 * document, which nobody else can write.
 */
export function storedLetterhead(
  ctx: RecordsContext,
  isSupervisorKey: ((signPkHex: string) => boolean) | undefined,
): StoredLetterhead | undefined {
  const newest = (found: StoredLetterhead[]): StoredLetterhead | undefined =>
    found.reduce<StoredLetterhead | undefined>((a, l) => (!a || l.at > a.at ? l : a), undefined);
  if (isSupervisorKey) {
    const signed = (l: StoredLetterhead): boolean => letterheadVerifies(l, isSupervisorKey);
    const team = newest(
      ctx.store
        .listDocumentIds(TEMPLATES_KIND)
        .flatMap((id) => readFrom(ctx.docs.open(id), signed)),
    );
    if (team) return team;
  }
  if (!ctx.store.documentKind(LOCAL_ORGANISATION_DOCUMENT)) return undefined;
  return newest(readFrom(ctx.docs.open(LOCAL_ORGANISATION_DOCUMENT), () => true));
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
  doc.getMap<unknown>(MAP).set(keyOf(letterhead), letterhead);
}
