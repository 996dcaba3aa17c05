import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SessionDocument } from '../../../electron/core/records/session-document';
import { sessionContent } from '../../../electron/core/review';
import { triageRisk, type SessionMeta } from '../../../shared/domain';
import { startCore } from '../support/core-harness';
import { sessionWithNote, tamper } from '../review/support';

const META: SessionMeta = {
  id: 's1',
  caseId: 'c1',
  startsAt: '2026-01-05T09:00:00+07:00',
  durationMinutes: 45,
  channel: 'whatsapp',
  connectionProblems: [],
  cues: [],
  templateId: 'who-2004',
  templateVersion: 1,
};
const RINA = { by: 'u-rina', at: '2026-01-05T10:00:00.000Z' };
const RINA_LATER = { by: 'u-rina', at: '2026-01-05T11:00:00.000Z' };

/** A session on two laptops: created on one, copied to the other, then edited apart. */
function twoLaptops(): { one: SessionDocument; two: SessionDocument; sync: () => void } {
  const a = new Y.Doc();
  new SessionDocument(a).setMeta(META);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { one: new SessionDocument(a), two: new SessionDocument(b), sync };
}

describe('the structured fields of a session document', () => {
  it('reads a document written before conflict-keeping fields, and moves a field on its first write', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('id', 's1');
    for (const [k, v] of Object.entries(META)) doc.getMap('meta').set(k, v);
    doc.getMap('ticks').set('1.1', { checked: true, ...RINA });
    doc.getMap('riskAnswers').set('q1WishDead', 'no');
    const session = new SessionDocument(doc);
    expect(session.meta()).toEqual(META);
    expect(session.checklist(META).ticks).toEqual({ '1.1': { checked: true, ...RINA } });
    expect(session.riskAnswers()).toEqual({ q1WishDead: 'no' });
    expect(session.conflicts()).toEqual([]);

    session.setMeta({ ...META, channel: 'videoCall' }, RINA_LATER);
    session.setTick('1.1', { checked: false, ...RINA_LATER });
    session.setRiskAnswers({ q1WishDead: 'yes' }, RINA_LATER);
    expect(session.meta()?.channel).toBe('videoCall');
    expect(session.checklist(META).ticks['1.1']).toEqual({ checked: false, ...RINA_LATER });
    expect(session.riskAnswers()).toEqual({ q1WishDead: 'yes' });
    // The plain maps follow, for an older app and for the signed content.
    expect(doc.getMap('meta').get('channel')).toBe('videoCall');
    expect(doc.getMap('riskAnswers').get('q1WishDead')).toBe('yes');
  });

  it('keeps both ticks of an item set apart, with who and when, until one is chosen everywhere', () => {
    const { one, two, sync } = twoLaptops();
    one.setTick('1.1', { checked: true, ...RINA });
    two.setTick('1.1', { checked: false, by: 'u-rina', at: '2026-01-05T10:30:00.000Z' });
    two.setTick('1.2', { checked: true, ...RINA });
    sync();
    for (const session of [one, two]) {
      expect(session.conflicts()).toEqual([
        {
          kind: 'tick',
          key: '1.1',
          versions: [
            { value: false, by: 'u-rina', at: '2026-01-05T10:30:00.000Z' },
            { value: true, ...RINA },
          ],
        },
      ]);
      expect(session.checklist(META).ticks['1.2']?.checked).toBe(true);
    }
    // Ticking what is already shown resolves nothing.
    one.setTick('1.1', { checked: false, ...RINA_LATER });
    expect(one.conflicts()).toHaveLength(1);

    expect(one.chooseField('tick', '1.1', true, { by: 'u-sari', at: RINA_LATER.at })).toBe(true);
    sync();
    for (const session of [one, two]) {
      expect(session.conflicts()).toEqual([]);
      expect(session.checklist(META).ticks['1.1']).toEqual({
        checked: true,
        by: 'u-sari',
        at: RINA_LATER.at,
      });
    }
  });

  it('counts a yes kept beside a no when triaging the risk screen', () => {
    const { one, two, sync } = twoLaptops();
    one.setRiskAnswers({ q1WishDead: 'yes', q2SuicidalThoughts: 'no' }, RINA);
    two.setRiskAnswers({ q1WishDead: 'no', q2SuicidalThoughts: 'no' }, RINA_LATER);
    sync();
    expect(two.conflicts().map((c) => [c.kind, c.key])).toEqual([['risk', 'q1WishDead']]);
    expect(two.riskAnswers()).toEqual({ q1WishDead: 'yes', q2SuicidalThoughts: 'no' });
    expect(triageRisk(two.riskAnswers()).level).not.toBe('none');
    // A choice of no answer at all is a value too.
    two.chooseField('risk', 'q1WishDead', null, RINA_LATER);
    sync();
    expect(one.riskAnswers()).toEqual({ q2SuicidalThoughts: 'no' });
  });

  it('keeps two channels set apart; saving the form as shown resolves nothing, a new value does', () => {
    const { one, two, sync } = twoLaptops();
    one.setMeta({ ...META, channel: 'chat', durationMinutes: 50 }, RINA);
    two.setMeta({ ...META, channel: 'videoCall' }, RINA_LATER);
    sync();
    expect(one.conflicts().map((c) => c.key)).toEqual(['channel']);
    expect(one.meta()).toMatchObject({ channel: 'videoCall', durationMinutes: 50 });

    const shown = one.meta();
    if (!shown) throw new Error('meta');
    one.setMeta({ ...shown, durationMinutes: 55 }, RINA_LATER);
    expect(one.conflicts()).toHaveLength(1);
    one.setMeta({ ...(one.meta() ?? shown), channel: 'faceToFace' }, RINA_LATER);
    sync();
    expect(two.conflicts()).toEqual([]);
    expect(two.meta()).toMatchObject({ channel: 'faceToFace', durationMinutes: 55 });
  });

  it('refuses a choice the field cannot hold', () => {
    const { one } = twoLaptops();
    expect(one.chooseField('detail', 'channel', 'pigeon', RINA)).toBe(false);
    expect(one.chooseField('detail', 'caseId', 'c2', RINA)).toBe(false);
    expect(one.chooseField('risk', 'notAQuestion', 'yes', RINA)).toBe(false);
  });

  it('changes the signed content when a kept field changes', () => {
    const { one } = twoLaptops();
    one.setTick('1.1', { checked: true, ...RINA });
    const before = JSON.stringify(sessionContent(one.doc));
    one.chooseField('tick', '1.1', true, RINA_LATER);
    expect(JSON.stringify(sessionContent(one.doc))).not.toBe(before);
  });
});

describe('a checklist item ticked differently on the counselor’s two laptops', () => {
  it('is shown with both values, who and when, and resolved by the counselor', async () => {
    let h = await startCore();
    const { session } = await sessionWithNote(h);
    const itemId = session.template.stages[0]?.items[1]?.itemId ?? '';
    const sessionId = session.meta.id;
    const counselor = session.authorship?.writers[0] ?? '';
    expect(counselor).toMatch(/^u-/);
    // The other laptop's copy of the session, taken before this laptop ticks the item.
    let before: Uint8Array = new Uint8Array();
    h = await tamper(h, `session-${sessionId}`, (doc) => {
      before = Y.encodeStateAsUpdate(doc);
    });
    await h.call('sessions.tick', { sessionId, itemId, checked: true });

    // Apart, on the other laptop, the counselor left it unticked on purpose; the update arrives.
    const apart = new Y.Doc();
    Y.applyUpdate(apart, before);
    new SessionDocument(apart).setTick(itemId, { checked: true, by: counselor, at: RINA.at });
    new SessionDocument(apart).setTick(itemId, {
      checked: false,
      by: counselor,
      at: RINA_LATER.at,
    });
    h = await tamper(h, `session-${sessionId}`, (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(apart)),
    );

    const [conflict, ...rest] = (await h.call('sessions.get', { sessionId })).conflicts;
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'tick', key: itemId });
    expect(conflict?.versions.map((v) => [v.value, v.by]).sort()).toEqual([
      [false, counselor],
      [true, counselor],
    ]);

    const resolved = await h.call('sessions.resolveConflict', {
      sessionId,
      kind: 'tick',
      key: itemId,
      value: false,
    });
    expect(resolved.conflicts).toEqual([]);
    expect(resolved.checklist.ticks[itemId]?.checked).toBe(false);
    await expect(
      h.call('sessions.resolveConflict', { sessionId, kind: 'detail', key: 'id', value: 'x' }),
    ).rejects.toThrow(/bad_request/);
  });
});
