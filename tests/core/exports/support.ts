import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import type { CoreHarness } from '../support/core-harness';
import { noteEdit, PASSPHRASE } from '../support/core-harness';

/** The text of a PDF as Debian's poppler-utils reads it: what a person or an agency would copy. */
export function pdfText(bytes: Buffer): string {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes });
  // Lines wrap where the page ends: compare words, not line breaks.
  return text.toString('utf8').replace(/\s+/g, ' ');
}

/** Every string an XLSX file holds (its shared strings and inline cells). */
export function xlsxText(bytes: Buffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, content]) => strFromU8(content))
    .join('\n');
}

export const CLIENT = {
  alias: 'Mawar-Alias-7Q',
  name: 'Siti Rahmawati',
  phone: '081298765432',
  nik: '3173010101010001',
  address: 'Jalan Kapuk Raya 12',
  note: 'Catatan-Rahasia-XK9',
  reason: 'Perlu asesmen psikiatri tatap muka',
  scope: 'Nama dan alasan rujukan ke Poli Jiwa',
  toWhom: 'dr. Sari, Poli Jiwa RSUD Cengkareng',
  counterpart: 'Ketua-RW-Rahasia',
};

/** A vault with one case, one session (with a note), one referral and one outreach. */
export async function caseWithWork(
  h: CoreHarness,
  consent: { given: boolean; scope: string } = { given: true, scope: CLIENT.scope },
): Promise<{ caseId: string; sessionId: string; referralId: string }> {
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const created = await h.call('cases.create', {
    alias: CLIENT.alias,
    identifying: {
      name: CLIENT.name,
      phone: CLIENT.phone,
      nik: CLIENT.nik,
      address: CLIENT.address,
    },
    tags: [],
  });
  const caseId = created.meta.id;
  const session = await h.call('sessions.create', {
    caseId,
    startsAt: '2026-11-12T08:00:00+07:00',
    durationMinutes: 45,
    channel: 'whatsapp',
  });
  await h.call('documents.update', {
    documentId: session.documentId,
    update: noteEdit(session.documentState, CLIENT.note),
  });
  const detail = await h.call('referrals.create', {
    caseId,
    target: 'healthFacility',
    toWhom: CLIENT.toWhom,
    reason: CLIENT.reason,
    consent: { ...consent, method: 'written' },
    followUpDate: '2026-11-20',
  });
  await h.call('outreach.create', {
    caseId,
    date: '2026-11-13',
    kind: 'rtRw',
    counterpart: CLIENT.counterpart,
    outcome: 'Bersedia membantu',
  });
  const referralId = detail.referrals[0]?.id ?? '';
  return { caseId, sessionId: session.meta.id, referralId };
}

export function take(h: CoreHarness, ticket: string): Buffer {
  const file = h.core.takeExport(ticket);
  if (!file) throw new Error('no file for this ticket');
  return file.bytes;
}
