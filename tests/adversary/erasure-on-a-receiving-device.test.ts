import { describe, expect, it } from 'vitest';
import { noteEdit, noteOf } from '../core/support/core-harness';
import { until } from '../core/support/until';
import { closedCaseSeenBy } from '../core/support/erasure-steps';
import { lyingRelayForEach } from './support/lying-relay';
import { formTeam, verifiedWith } from './support/team';

/*
 * An erasure reaches a device as a supervisor's signed entry in the team's erasure register. A
 * device shreds its copy of a case only when the entry is signed by a current supervisor of the
 * verified roster AND its own copy shows the case closed with its retention period over (issue
 * #10): otherwise nothing is destroyed, and the refusal is shown.
 */
describe('an erasure arriving at a device', () => {
  const attack = lyingRelayForEach();

  it('is refused, and destroys nothing, where the case was reopened meanwhile', async () => {
    const { supervisor, counselor } = await formTeam(attack.lying.url);
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    await verifiedWith(counselor, 2);
    const { caseId, session } = await closedCaseSeenBy(supervisor, counselor, 'Teratai');

    // Out of signal, the counselor reopens the case and writes in it.
    const counselorNo = (await counselor.call('sync.status', {})).memberNo as number;
    attack.lying.cutOff(counselorNo);
    await counselor.call('cases.update', { caseId, status: 'open' });
    await counselor.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, 'Klien kembali datang'),
    });

    // Meanwhile the supervisor erases it: on the relay and in the signed register.
    expect(
      await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Teratai' }),
    ).toMatchObject({ outcome: 'erased' });

    // Back in signal: the counselor's device shows the refusal and keeps the case.
    attack.lying.reconnect();
    const shown = await until('the refusal at the counselor', async () => {
      const list = await counselor.call('erasure.list', {});
      return list.find((r) => r.caseId === caseId && r.refusedHere);
    });
    expect(shown.refusedHere).toBe('open');
    expect((await counselor.call('cases.list', {})).cases.map((c) => c.id)).toContain(caseId);
    const kept = await counselor.call('sessions.get', { sessionId: session.meta.id });
    expect(noteOf(kept.documentState)).toContain('Klien kembali datang');
  });
});
