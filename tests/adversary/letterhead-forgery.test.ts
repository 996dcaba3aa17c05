import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signLetterhead } from '../../electron/core/exports/letterhead-signature';
import { openPayload } from '../../electron/core/sync/envelope';
import { initSodium } from '../../shared/crypto/sodium';
import { EntryKind } from '../../shared/sync';
import type { CoreHarness } from '../core/support/core-harness';
import { pdfText, take } from '../core/exports/support';
import { foundIn, sqliteRelayForSuite } from '../core/support/relay-files';
import { until } from '../core/support/until';
import { pullAll, pushToTeamDocument, rawMember } from './support/raw-member';
import { formTeam, verifiedWith } from './support/team';

/*
 * Issue #14, item 5: the organisation's name and logo head every letter a member prints, and
 * "a supervisor sets them once for the team". A member (Mallory, a counselor whose client is
 * modified: a raw protocol client holding the team-wide key) writes into the team's document
 * directly: a letterhead without a signature where the older versions kept it, a newer one
 * signed with her own key, and the supervisor's own signed letterhead under another name.
 */
const NAME = 'Yayasan Pulih Jakarta Barat';
const FORGED = 'Lembaga Palsu Bantuan Cepat';

async function letterheadAt(h: CoreHarness): Promise<string> {
  return (await h.call('organisation.get', {})).name;
}

describe('a member who forges the team’s letterhead', () => {
  const relay = sqliteRelayForSuite();
  beforeAll(async () => {
    await initSodium();
  });

  it('cannot put another name at the head of anyone’s letters', async () => {
    const { supervisor, counselor } = await formTeam(relay.url);
    const mallory = await rawMember(supervisor, relay.url);
    await verifiedWith(supervisor, 3);
    await verifiedWith(counselor, 3);
    await supervisor.call('organisation.set', { name: NAME });
    await until('the letterhead at the counselor', async () =>
      (await letterheadAt(counselor)) === NAME ? true : undefined,
    );
    // A counselor's own client refuses to set it.
    await expect(counselor.call('organisation.set', { name: FORGED })).rejects.toThrow(
      /supervisor_only/,
    );

    // Mallory reads the team's templates document like any member, and writes on top of it.
    const docId = `templates-${Buffer.from(mallory.joined.teamId).toString('hex')}`;
    const doc = new Y.Doc();
    const entries = await until('the templates document at Mallory', async () => {
      const found = (await pullAll(mallory.conn)).filter(
        (e) => e.kind === EntryKind.Update && e.docId === docId,
      );
      return found.length > 0 ? found : undefined;
    });
    for (const e of entries) Y.applyUpdate(doc, openPayload(e.body, e, mallory.teamKey.key).data);
    const settings = doc.getMap<Record<string, unknown>>('organisation');
    const [key, real] = [...settings.entries()].find(([k]) => k.startsWith('letterhead:')) ?? [];
    expect(real?.name).toBe(NAME);

    const before = Y.encodeStateVector(doc);
    const later = (minutes: number): string =>
      new Date(Date.now() + minutes * 60_000).toISOString();
    // 1. Unsigned, where letterheads were kept before they were signed.
    settings.set('letterhead', { name: FORGED, by: real?.by, at: later(1) });
    // 2. Signed with her own key.
    const own = { name: FORGED, by: String(real?.by), at: later(2) };
    settings.set(`letterhead:mallory:${own.at}`, {
      ...own,
      ...signLetterhead(mallory.secrets.signKeyPair, own),
    });
    // 3. The supervisor's signed letterhead, under another name and a later time.
    settings.set(`letterhead:copy:${later(3)}`, { ...real, name: FORGED, at: later(3) });
    // 4. The supervisor's own entry overwritten under its own key.
    settings.set(String(key), { ...real, name: FORGED });
    pushToTeamDocument(mallory, docId, Y.encodeStateAsUpdate(doc, before));
    await mallory.conn.next('ack');

    // Her writing arrives everywhere and counts nowhere. The fourth write replaced the
    // supervisor's entry (any member can delete in a shared document: what a signature buys is
    // that nobody can forge, not that nobody can erase), so no letterhead is left to verify and
    // letters carry none rather than hers, until the supervisor sets it again.
    for (const h of [supervisor, counselor]) {
      await until('her writing at the device', async () =>
        (await letterheadAt(h)) === '' ? true : undefined,
      );
    }
    const created = await counselor.call('cases.create', { alias: 'Kenanga' });
    const session = await counselor.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-12-01T09:00:00+07:00',
      durationMinutes: 45,
      channel: 'faceToFace',
    });
    const prepared = await counselor.call('exports.prepare', {
      kind: 'sessionPdf',
      sessionId: session.meta.id,
    });
    expect(pdfText(take(counselor, prepared.ticket))).not.toContain(FORGED);
    await supervisor.call('organisation.set', { name: NAME });
    await until('the letterhead set again, at the counselor', async () =>
      (await letterheadAt(counselor)) === NAME ? true : undefined,
    );

    mallory.conn.close();
    for (const h of [supervisor, counselor]) h.core.close();
    expect(foundIn(relay.dir, NAME)).toEqual([]);
  }, 90_000);
});
