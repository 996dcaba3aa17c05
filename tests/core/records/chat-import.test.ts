import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { createCore } from '../../../electron/core';
import { TEST_KDF_COST } from '../../../electron/core/vault';
import { noteOf, PASSPHRASE } from '../support/core-harness';

const fixture = (name: string): string =>
  readFileSync(join(__dirname, '../../shared/domain/whatsapp/fixtures', name), 'utf8');

/** Words of the export that must not be on disk at all (names, numbers) or only encrypted. */
const NEVER_STORED = ['Wulandari', '3456-7890', '9876 5432', 'Maya Pendamping'];
const ENCRYPTED_ONLY = ['mengganggu', 'menangis'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function found(dir: string, words: readonly string[]): string[] {
  const hits: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const word of words) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(word, encoding))) hits.push(`${word} in ${file}`);
      }
    }
  }
  return hits;
}

async function startLoggedCore() {
  const dataDir = mkdtempSync(join(tmpdir(), 'pd-chat-'));
  const logFile = join(dataDir, 'core.log');
  const core = await createCore({
    dataDir,
    version: 'test',
    host: 'web',
    log: pino({ level: 'debug' }, pino.destination({ dest: logFile, sync: true })),
    kdfCost: TEST_KDF_COST,
  });
  let id = 0;
  const call = async <M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>> => {
    const response = await core.dispatch({ kind: 'request', id: ++id, method, input });
    if (!response?.result.ok) {
      throw Object.assign(new Error(JSON.stringify(response?.result)), {
        code: response?.result.ok === false ? response.result.error.code : 'refused',
      });
    }
    return response.result.value as MethodOutput<M>;
  };
  await call('vault.create', { passphrase: PASSPHRASE });
  return { core, dataDir, call };
}

const choice = {
  dayOrder: 'dmy' as const,
  clientSender: 'Rina Wulandari',
  counselorSender: 'Bu Maya Pendamping',
  clientNames: ['Rina'],
  counselorLabel: 'Konselor',
  otherLabel: 'Orang lain',
  utcOffsetMinutes: 420,
};

describe('importing a WhatsApp chat into a case', () => {
  it('makes a WhatsApp session dated by the first message, lasting the minutes of conversation, its note the transcript under the alias', async () => {
    const { call, core } = await startLoggedCore();
    const created = await call('cases.create', { alias: 'Melati' });
    const session = await call('sessions.importChat', {
      caseId: created.meta.id,
      text: fixture('android-id-24h.txt'),
      ...choice,
    });
    expect(session.meta.channel).toBe('whatsapp');
    expect(session.meta.startsAt).toBe('2026-12-06T22:47:00+07:00');
    // Minutes of conversation: 22.47–22.53 one evening and 08.05–08.07 a week later.
    expect(session.meta.durationMinutes).toBe(8);
    const note = noteOf(session.documentState);
    expect(note).toContain('22.47 Melati: Selamat malam Bu, maaf mengganggu');
    expect(note).toContain('22.48 Konselor: Selamat malam Melati.');
    expect(note).toContain('[nomor telepon]');
    expect(note).not.toMatch(/rina|wulandari|maya|3456|9876/i);

    const detail = await call('cases.get', { caseId: created.meta.id });
    expect(detail.sessions.map((s) => s.channel)).toEqual(['whatsapp']);
    // The import is in the case's trail, by this account, naming the new session.
    const audit = await call('audit.list', {
      caseId: created.meta.id,
      filters: { sessionId: session.meta.id },
    });
    expect(audit.entries.map((e) => e.kind)).toEqual(['edited']);
    expect(audit.verification.valid).toBe(true);
    core.close();
  });

  it('leaves no name, number or word of the chat readable on disk', async () => {
    const { call, core, dataDir } = await startLoggedCore();
    const created = await call('cases.create', { alias: 'Melati' });
    await call('sessions.importChat', {
      caseId: created.meta.id,
      text: fixture('android-id-24h.txt'),
      ...choice,
    });
    // The transcript is searchable (inside the encrypted store); the client's name is not.
    for (let i = 0; i < 50; i++) {
      const { hits } = await call('search.query', { text: 'mengganggu' });
      if (hits.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await call('search.query', { text: 'mengganggu' })).hits).toHaveLength(1);
    expect((await call('search.query', { text: 'Wulandari' })).hits).toHaveLength(0);
    core.close();
    expect(found(dataDir, [...NEVER_STORED, ...ENCRYPTED_ONLY])).toEqual([]);
  });

  it('refuses a client who is not a sender, a file with no messages, and a file too large', async () => {
    const { call, core } = await startLoggedCore();
    const { meta } = await call('cases.create', { alias: 'Melati' });
    const text = fixture('android-id-24h.txt');
    await expect(
      call('sessions.importChat', { caseId: meta.id, text, ...choice, clientSender: 'Siapa' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      call('sessions.importChat', { caseId: meta.id, ...choice, text: 'bukan obrolan\n' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      call('sessions.importChat', {
        caseId: meta.id,
        ...choice,
        text: text + 'x'.repeat(5 * 1024 * 1024),
      }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    expect((await call('cases.get', { caseId: meta.id })).sessions).toEqual([]);
    core.close();
  });
});
