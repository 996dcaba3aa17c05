import type { Language } from '../../../shared/api/settings';
import type { CaseDetail, SessionDetail } from '../../../shared/api/records';
import {
  CASE_STATUS_LABELS,
  CONSENT_METHOD_LABELS,
  CUE_KIND_LABELS,
  labelText,
  OUTREACH_KIND_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TARGET_LABELS,
  RISK_LEVEL_LABELS,
  SESSION_CHANNEL_LABELS,
} from '../../../shared/domain';
import type { LetterItem, ReferralLetterContent } from '../../../shared/domain/reports';
import { PdfWriter, type Letterhead } from './pdf/pdf-writer';
import { fill, formatDateTime, formatDay, pdfWords, type ExportWords } from './words';

export interface DocumentContext {
  language: Language;
  words: ExportWords;
  generatedAt: string;
  letterhead: Letterhead | undefined;
}

function writer(title: string, c: DocumentContext): PdfWriter {
  return new PdfWriter({
    title,
    letterhead: c.letterhead,
    words: pdfWords(c.words, c.generatedAt, c.language),
  });
}

/**
 * The referral letter (surat rujukan): whatever `referralLetterContent` let through, and only
 * that. No alias, no notes, no risk answers: the content object is all it reads.
 */
export function referralLetterPdf(
  letter: ReferralLetterContent,
  c: DocumentContext,
): Promise<Buffer> {
  const w = c.words.letter;
  const pdf = writer(w.title, c);
  pdf.title(w.title);
  pdf.paragraph(formatDay(c.generatedAt, c.language), { muted: true });
  pdf.field(w.to, letter.toWhom);
  pdf.field(w.service, labelText(REFERRAL_TARGET_LABELS[letter.target], c.language));
  pdf.gap(0.5).paragraph(w.intro);
  pdf.heading(w.client);
  if (letter.client.length === 0) pdf.paragraph(w.noClientDetails, { muted: true });
  for (const { item, value } of letter.client) pdf.field(w.items[item as LetterItem], value);
  pdf.heading(w.reason).paragraph(letter.reason);
  pdf.heading(w.consent).paragraph(
    fill(w.consentLine, {
      method: labelText(CONSENT_METHOD_LABELS[letter.consent.method], c.language).toLowerCase(),
      date: formatDay(letter.consent.recordedAt, c.language),
      scope: letter.consent.scope,
    }),
  );
  pdf.paragraph(fill(w.followUp, { date: formatDay(letter.followUpDate, c.language) }));
  pdf.gap().paragraph(w.closing).gap(3).paragraph(w.sender, { weight: 'bold' });
  return pdf.finish();
}

/**
 * A case summary for handing the client over to another service: the course of the work in
 * dates, kinds and statuses, and the identifying details ticked for it. Session notes, risk
 * answers and private notes stay in the notebook.
 */
export function caseSummaryPdf(
  detail: CaseDetail,
  client: Array<{ item: LetterItem; value: string }>,
  c: DocumentContext,
): Promise<Buffer> {
  const w = c.words.summary;
  const lang = c.language;
  const pdf = writer(w.title, c);
  pdf.title(w.title);
  pdf.field(w.status, labelText(CASE_STATUS_LABELS[detail.meta.status], lang));
  pdf.field(w.opened, formatDay(detail.meta.createdAt, lang));
  if (client.length > 0) {
    pdf.heading(w.client);
    for (const { item, value } of client) pdf.field(c.words.letter.items[item], value);
  }
  pdf.heading(w.sessions);
  const starts = detail.sessions.map((s) => s.startsAt).sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (!first || !last) pdf.paragraph(w.noSessions, { muted: true });
  else {
    pdf.paragraph(
      fill(w.sessionCount, {
        count: starts.length,
        first: formatDay(first, lang),
        last: formatDay(last, lang),
      }),
    );
  }
  if (detail.risk.latestLevel) {
    pdf.field(w.risk, labelText(RISK_LEVEL_LABELS[detail.risk.latestLevel], lang));
  }
  pdf.heading(w.referrals);
  if (detail.referrals.length === 0) pdf.paragraph(w.noReferrals, { muted: true });
  for (const r of detail.referrals) {
    pdf.paragraph(
      fill(w.referralLine, {
        target: labelText(REFERRAL_TARGET_LABELS[r.target], lang),
        toWhom: r.toWhom,
        status: labelText(REFERRAL_STATUS_LABELS[r.status], lang),
      }),
    );
  }
  pdf.heading(w.outreach);
  if (detail.outreach.length === 0) pdf.paragraph(w.noOutreach, { muted: true });
  for (const o of [...detail.outreach].sort((a, b) => a.date.localeCompare(b.date))) {
    pdf.paragraph(
      fill(w.outreachLine, {
        date: formatDay(o.date, lang),
        kind: labelText(OUTREACH_KIND_LABELS[o.kind], lang),
      }),
    );
  }
  return pdf.finish();
}

/** The session record, as the counselor keeps it: the same content the print stylesheet shows. */
export function sessionPdf(
  detail: SessionDetail,
  note: string,
  c: DocumentContext,
): Promise<Buffer> {
  const w = c.words.session;
  const lang = c.language;
  const pdf = writer(w.title, c);
  pdf.title(`${w.title}: ${detail.alias}`);
  pdf.field(w.date, formatDateTime(detail.meta.startsAt, lang));
  pdf.field(w.duration, fill(w.minutes, { count: detail.meta.durationMinutes }));
  pdf.field(w.channel, labelText(SESSION_CHANNEL_LABELS[detail.meta.channel], lang));
  pdf.field(
    w.risk,
    !detail.risk.complete && detail.risk.level === 'none'
      ? w.notScreened
      : labelText(RISK_LEVEL_LABELS[detail.risk.level], lang),
  );
  if (detail.meta.cues.length > 0) {
    pdf.heading(w.cues);
    for (const cue of detail.meta.cues) {
      const kind = labelText(CUE_KIND_LABELS[cue.kind], lang);
      pdf.paragraph(cue.note ? `${kind}: ${cue.note}` : kind);
    }
  }
  pdf.heading(w.note);
  if (!note.trim()) pdf.paragraph(w.noNote, { muted: true });
  for (const paragraph of note.split(/\n+/).filter((p) => p.trim())) pdf.paragraph(paragraph);
  return pdf.finish();
}
