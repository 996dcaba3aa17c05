import { z } from 'zod';
import { ActorId, ExportFormat, ExportWhat, IsoDateTime, RecordId } from '../domain';
import { LetterItem, ReportPeriod } from '../domain/reports';
import { AttachmentId } from './attachments';

/**
 * Exports (issue #14, items 4-6): the core makes the file and holds it under a one-time ticket;
 * the file leaves only when the person takes it where they choose (Electron's save dialog, the
 * browser's download of `/export/<ticket>`), and that is when the export is recorded.
 */
export const ReportScope = z.enum(['team', 'own']);
export type ReportScope = z.infer<typeof ReportScope>;

export const ExportRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('agencyReport'),
    format: z.enum(['pdf', 'csv', 'xlsx']),
    period: ReportPeriod,
    scope: ReportScope,
    /** The area of work the report is for (a kecamatan, a district): typed, never a client's. */
    area: z.string().trim().max(120).optional(),
  }),
  z.object({
    kind: z.literal('referralLetter'),
    caseId: RecordId,
    referralId: RecordId,
    /** The identifying details ticked for this letter, among those the client agreed to. */
    items: z.array(LetterItem).max(LetterItem.options.length),
  }),
  z.object({
    kind: z.literal('caseSummary'),
    caseId: RecordId,
    items: z.array(LetterItem).max(LetterItem.options.length),
  }),
  z.object({ kind: z.literal('sessionPdf'), sessionId: RecordId }),
  /** A copy of a case's attachment (of the case, a session or a referral), as it was attached. */
  z.object({ kind: z.literal('attachment'), caseId: RecordId, attachmentId: AttachmentId }),
  /** A leaflet or image of the team's library, saved where the person chooses. */
  z.object({ kind: z.literal('libraryFile'), itemId: RecordId }),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;

/** A 32-hex-digit random ticket: guessing one is as hard as guessing a record id. */
export const ExportTicket = z.string().regex(/^[0-9a-f]{32}$/);

export const PreparedExport = z.object({
  ticket: ExportTicket,
  fileName: z.string().max(120),
  mediaType: z.string().max(100),
  bytes: z.number().int().nonnegative(),
});
export type PreparedExport = z.infer<typeof PreparedExport>;

/** An export that belongs to no case (a report), in this device's export log. */
export const ExportLogEntry = z.object({
  what: ExportWhat,
  format: ExportFormat,
  by: ActorId,
  at: IsoDateTime,
  scope: ReportScope.optional(),
  period: ReportPeriod.optional(),
});
export type ExportLogEntry = z.infer<typeof ExportLogEntry>;

const LogoBase64 = z.string().max(Math.ceil((200 * 1024 * 4) / 3) + 4);

export const OrganisationView = z.object({
  name: z.string(),
  logo: z.object({ type: z.string(), base64: LogoBase64 }).optional(),
  setAt: IsoDateTime.optional(),
  /** A supervisor, or someone working alone. */
  mayEdit: z.boolean(),
});
export type OrganisationView = z.infer<typeof OrganisationView>;

export const exportsMethods = {
  'exports.prepare': { input: ExportRequest, output: PreparedExport },
  /** The session was sent to the printer (the browser's or Electron's print dialog). */
  'exports.recordPrint': { input: z.object({ sessionId: RecordId }), output: z.object({}) },
  /** Newest first. */
  'exports.log': {
    input: z.object({}),
    output: z.object({ entries: z.array(ExportLogEntry) }),
  },
  'organisation.get': { input: z.object({}), output: OrganisationView },
  'organisation.set': {
    input: z.object({
      name: z.string().trim().max(160),
      logo: z.object({ type: z.string().max(100), base64: LogoBase64 }).optional(),
    }),
    output: OrganisationView,
  },
} as const;
