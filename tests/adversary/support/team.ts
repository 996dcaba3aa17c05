import { expect } from 'vitest';
import {
  noteEdit,
  noteOf,
  PASSPHRASE,
  startCore,
  type CoreHarness,
} from '../../core/support/core-harness';
import { until } from '../../core/support/until';

export async function notebook(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

/** Resolves once `h` trusts a verified roster listing `count` current members. */
export async function verifiedWith(h: CoreHarness, count: number): Promise<void> {
  await until(`a verified roster of ${count} at the device`, async () => {
    const o = await h.call('sync.status', {});
    const current = o.members.filter((m) => !m.removed).length;
    return o.trust.state === 'verified' && current === count ? true : undefined;
  });
}

/** A supervisor creates a team on `url` and invites a counselor, who joins. */
export async function formTeam(
  url: string,
): Promise<{ supervisor: CoreHarness; counselor: CoreHarness }> {
  const supervisor = await notebook();
  const counselor = await notebook();
  await supervisor.call('sync.createTeam', { serverUrl: url });
  await invite(supervisor, counselor);
  return { supervisor, counselor };
}

export async function invite(
  supervisor: CoreHarness,
  joiner: CoreHarness,
  role: 'counselor' | 'supervisor' = 'counselor',
): Promise<void> {
  const { code } = await supervisor.call('sync.invite', { role });
  await joiner.call('sync.join', { code });
}

/** A counselor writes a session with `text` in its note; returns the session's id. */
export async function writeSession(h: CoreHarness, alias: string, text: string): Promise<string> {
  const created = await h.call('cases.create', { alias });
  const session = await h.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-12-01T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  await h.call('documents.update', {
    documentId: session.documentId,
    update: noteEdit(session.documentState, text),
  });
  return session.meta.id;
}

/** The session's note, once `h` can read `text` in it (the case key reached it). */
export async function readsNote(
  h: CoreHarness,
  sessionId: string,
  text: string,
  ms?: number,
): Promise<void> {
  await until(
    `"${text}" readable at the device`,
    async () => {
      const detail = await h.call('sessions.get', { sessionId });
      return noteOf(detail.documentState).includes(text) ? true : undefined;
    },
    ms,
  );
}

/** Asserts `h` cannot read `text` of the session within `ms` (no key reached it). */
export async function neverReads(
  h: CoreHarness,
  sessionId: string,
  text: string,
  ms = 2500,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const detail = await h.call('sessions.get', { sessionId }).catch(() => undefined);
    expect(detail ? noteOf(detail.documentState) : '').not.toContain(text);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function stop(...hs: CoreHarness[]): Promise<void> {
  await Promise.all(hs.map((h) => h.core.close?.()));
}

/** Resolves once every device has sent everything it had queued and the relay acknowledged it. */
export async function settled(...hs: CoreHarness[]): Promise<void> {
  for (const h of hs) {
    await until('an empty outbox', async () => {
      const o = await h.call('sync.status', {});
      return o.pending === 0 && o.state.kind === 'upToDate' ? true : undefined;
    });
  }
}
