import type * as Y from 'yjs';
import type {
  ExportLogEntry,
  ExportRequest,
  OrganisationView,
  PreparedExport,
} from '../../../shared/api/exports';
import type { ExportFormat, ExportWhat } from '../../../shared/domain';
import {
  countAgencyReport,
  NoConsentError,
  referralLetterContent,
  type LetterItem,
  type ReportCommunityActivity,
} from '../../../shared/domain/reports';
import type { Language } from '../../../shared/api/settings';
import { exportFileName } from '../../../shared/exports/file-types';
import { CaseAttachments } from '../attachments/case-attachments';
import { CoreError } from '../errors';
import type { RecordsContext } from '../records/records-context';
import { caseDetail, sessionDetail } from '../records/views';
import { recordAudit } from '../review';
import type { Signer } from '../review/review-crypto';
import { caseSummaryPdf, referralLetterPdf, sessionPdf, type DocumentContext } from './documents';
import { appendExportLog, exportLog } from './export-log';
import type { ExportFile, ExportTickets } from './export-tickets';
import { gatherReportInput } from './gather-report';
import { signLetterhead } from './letterhead-signature';
import {
  checkLogo,
  LOCAL_ORGANISATION_DOCUMENT,
  LOCAL_ORGANISATION_KIND,
  letterheadOf,
  refused,
  storedLetterhead,
  writeLetterhead,
} from './organisation';
import { reportCsv, reportPdf, reportXlsx } from './report-files';
import { exportWords } from './words';

/** What exports need of the team: the role, and a way to write the team's settings. */
export interface TeamForExports {
  /** Undefined when working alone. */
  role: 'supervisor' | 'counselor' | undefined;
  /** Writes into the team's templates document (a supervisor only; team-sync.ts checks). */
  editTeamSettings(edit: (doc: Y.Doc) => void): Promise<void>;
  /** A current supervisor of the verified roster (hex signing key); undefined when alone. */
  isSupervisorKey: ((signPkHex: string) => boolean) | undefined;
}

export interface ExportServiceDeps {
  records: RecordsContext;
  signer: () => Signer;
  tickets: ExportTickets;
  language: () => Language;
  team: () => TeamForExports;
  /** A library item's file, decrypted (library/library-service.ts). */
  libraryFile?: (itemId: string) => { name: string; mediaType: string; bytes: Uint8Array };
  /** The team's community work by area, when that feature is on this device. */
  community?: (scope: 'team' | 'own') => readonly ReportCommunityActivity[] | undefined;
}

const MEDIA: Record<'pdf' | 'csv' | 'xlsx', string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const day = (iso: string): string => iso.slice(0, 10);

/** At most what PreparedExport carries. */
const MAX_FILE_NAME = 120;

type CaseEvent = {
  caseId: string;
  sessionId?: string;
  what: ExportWhat;
  format?: ExportFormat;
  attachmentId?: string;
};

/**
 * Makes every file that leaves the vault (issue #14, items 4-6) and decides how its leaving is
 * recorded: in the case's audit trail (who, what, when) for a letter, a summary, a session or a
 * copy of an attachment, in this account's export log for a report, which belongs to no case.
 */
export class ExportService {
  constructor(private readonly deps: ExportServiceDeps) {}

  async prepare(request: ExportRequest): Promise<PreparedExport> {
    const { file, record } = await this.make(request);
    const ticket = this.deps.tickets.put(file, record);
    return { ticket, fileName: file.fileName, mediaType: file.mediaType, bytes: file.bytes.length };
  }

  recordPrint(sessionId: string): void {
    const r = this.deps.records;
    const caseId = sessionDetail(r, sessionId).meta.caseId;
    this.audit({ caseId, sessionId, what: 'sessionPrint', format: 'print' });
  }

  log(): ExportLogEntry[] {
    return exportLog(this.deps.records);
  }

  organisation(): OrganisationView {
    const team = this.deps.team();
    const stored = storedLetterhead(this.deps.records, team.isSupervisorKey);
    const role = team.role;
    return {
      name: stored?.name ?? '',
      ...(stored?.logo ? { logo: stored.logo } : {}),
      ...(stored ? { setAt: stored.at } : {}),
      mayEdit: role === undefined || role === 'supervisor',
    };
  }

  async setOrganisation(input: {
    name: string;
    logo?: { type: string; base64: string } | undefined;
  }): Promise<OrganisationView> {
    const r = this.deps.records;
    const team = this.deps.team();
    if (team.role === 'counselor') throw refused('supervisor_only');
    const logo = input.logo
      ? {
          type: checkLogo(Buffer.from(input.logo.base64, 'base64'), input.logo.type),
          base64: input.logo.base64,
        }
      : undefined;
    const unsigned = {
      name: input.name,
      ...(logo ? { logo } : {}),
      by: r.actorId,
      at: r.nowIso(),
    };
    const letterhead = { ...unsigned, ...signLetterhead(this.deps.signer(), unsigned) };
    if (team.role === 'supervisor') {
      await team.editTeamSettings((doc) => writeLetterhead(doc, letterhead));
    } else {
      if (!r.store.documentKind(LOCAL_ORGANISATION_DOCUMENT)) {
        r.store.setDocumentKind(LOCAL_ORGANISATION_DOCUMENT, LOCAL_ORGANISATION_KIND);
      }
      r.docs.transact(LOCAL_ORGANISATION_DOCUMENT, (doc) => writeLetterhead(doc, letterhead));
    }
    return this.organisation();
  }

  private context(): DocumentContext {
    const language = this.deps.language();
    return {
      language,
      words: exportWords(language),
      generatedAt: this.deps.records.nowIso(),
      letterhead: letterheadOf(
        storedLetterhead(this.deps.records, this.deps.team().isSupervisorKey),
      ),
    };
  }

  private async make(request: ExportRequest): Promise<{ file: ExportFile; record: () => void }> {
    const r = this.deps.records;
    const c = this.context();
    const stamp = day(c.generatedAt);
    switch (request.kind) {
      case 'agencyReport': {
        const { format, period, scope } = request;
        const team = this.deps.team();
        // A counselor's report is of their own work; the team's is a supervisor's to send.
        if (scope === 'team' && team.role === 'counselor') throw refused('supervisor_only');
        const input = gatherReportInput(r, scope, (s) => this.deps.community?.(s));
        const report = countAgencyReport(input, period);
        const heading = {
          scope,
          area: request.area,
          generatedAt: c.generatedAt,
          language: c.language,
          words: c.words,
        };
        const bytes =
          format === 'pdf'
            ? await reportPdf(report, heading, c.letterhead)
            : format === 'csv'
              ? reportCsv(report, heading)
              : await reportXlsx(report, heading);
        const fileName = `${c.words.report.fileName}-${period.from}-${period.to}.${format}`;
        const entry: ExportLogEntry = {
          what: 'agencyReport',
          format,
          by: r.actorId,
          at: '',
          scope,
          period,
        };
        return {
          file: { fileName, mediaType: MEDIA[format], bytes },
          record: () => appendExportLog(r, { ...entry, at: r.nowIso() }),
        };
      }
      case 'referralLetter': {
        const detail = caseDetail(r, request.caseId);
        const referral = detail.referrals.find((x) => x.id === request.referralId);
        if (!referral) throw new CoreError('not_found', 'no such referral');
        let content;
        try {
          content = referralLetterContent(referral, detail.meta.identifying, request.items);
        } catch (error) {
          if (error instanceof NoConsentError) throw refused('no_consent');
          throw error;
        }
        const bytes = await referralLetterPdf(content, c);
        return this.caseFile(`${c.words.letter.fileName}-${stamp}.pdf`, bytes, {
          caseId: request.caseId,
          what: 'referralLetter',
          format: 'pdf',
        });
      }
      case 'caseSummary': {
        const detail = caseDetail(r, request.caseId);
        const bytes = await caseSummaryPdf(
          detail,
          this.identifying(detail.meta.identifying, request.items),
          c,
        );
        return this.caseFile(`${c.words.summary.fileName}-${stamp}.pdf`, bytes, {
          caseId: request.caseId,
          what: 'caseSummary',
          format: 'pdf',
        });
      }
      case 'sessionPdf': {
        const detail = sessionDetail(r, request.sessionId);
        const note = r.sessionDocument(request.sessionId).noteText();
        const bytes = await sessionPdf(detail, note, c);
        return this.caseFile(
          `${c.words.session.fileName}-${day(detail.meta.startsAt)}.pdf`,
          bytes,
          {
            caseId: detail.meta.caseId,
            sessionId: request.sessionId,
            what: 'sessionPdf',
            format: 'pdf',
          },
        );
      }
      case 'attachment': {
        const { caseId, attachmentId } = request;
        // The same checks as attachments.read: a file of this case, held here, whose key is here.
        const found = new CaseAttachments(r).open(caseId, attachmentId);
        const bytes = Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.length);
        const fileName = exportFileName(found.name, found.type, {
          max: MAX_FILE_NAME,
          fallback: c.words.attachment.fileName,
        });
        return {
          file: { fileName, mediaType: found.type, bytes },
          // The kind and the id only: the name was typed by a person and may name the client.
          record: () => this.audit({ caseId, what: 'attachment', attachmentId }),
        };
      }
      case 'libraryFile': {
        const libraryFile = this.deps.libraryFile;
        if (!libraryFile) throw new CoreError('not_found', 'there is no library on this device');
        const found = libraryFile(request.itemId);
        const bytes = Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.length);
        const fileName = exportFileName(found.name, found.mediaType, {
          max: MAX_FILE_NAME,
          fallback: c.words.library.fileName,
        });
        return {
          file: { fileName, mediaType: found.mediaType, bytes },
          // Team material meant for clients, no case's record: nothing to add to any trail.
          record: () => undefined,
        };
      }
    }
  }

  private identifying(
    identifying: Partial<Record<LetterItem, string>> | undefined,
    items: readonly LetterItem[],
  ): Array<{ item: LetterItem; value: string }> {
    const chosen = new Set(items);
    return (['name', 'phone', 'address', 'nik'] as const).flatMap((item) => {
      const value = identifying?.[item]?.trim();
      return chosen.has(item) && value ? [{ item, value }] : [];
    });
  }

  private caseFile(
    fileName: string,
    bytes: Buffer,
    event: CaseEvent,
  ): { file: ExportFile; record: () => void } {
    return {
      file: { fileName, mediaType: MEDIA.pdf, bytes },
      record: () => this.audit(event),
    };
  }

  private audit(event: CaseEvent): void {
    recordAudit(this.deps.records, this.deps.signer(), { kind: 'exported', ...event });
  }
}
