import { describe, expect, it } from 'vitest';
import type { CoreHarness } from '../core/support/core-harness';
import { until } from '../core/support/until';
import { lyingRelayForEach } from './support/lying-relay';
import { formTeam, invite, notebook, verifiedWith } from './support/team';

/*
 * A forked roster (issue #10): the relay shows two supervisors two histories, each well signed.
 * It tells the second supervisor its new member was appended, but keeps that event from the
 * log everyone else is served, where the first supervisor's event takes the same place. Each
 * device sees the fork (one against what it holds, the other against the head its teammate
 * signed into the team's encrypted document), shows it and shares nothing; once checked in
 * person, each starts over from the relay's log and trusts it again.
 */
async function trustOf(h: CoreHarness): Promise<{ state: string; index?: number }> {
  return (await h.call('sync.status', {})).trust;
}

describe('a roster forked by the relay', () => {
  const attack = lyingRelayForEach();

  it("is seen by both supervisors (and the counselor), and resolved by starting over from the relay's log", async () => {
    const { supervisor: first, counselor } = await formTeam(attack.lying.url);
    const second = await notebook();
    await invite(first, second, 'supervisor');
    await verifiedWith(first, 3);
    await verifiedWith(second, 3);
    const secondNo = (await second.call('sync.status', {})).memberNo as number;

    // The relay answers the second supervisor's roster events itself, and stores none of them;
    // it also holds back what that supervisor writes to the team meanwhile.
    let holding = true;
    attack.lying.lies.answer = (f, victim) =>
      f.t === 'roster-append' && victim.memberNo === secondNo
        ? [{ t: 'result', requestId: f.requestId, code: 0 }]
        : undefined;
    attack.lying.lies.toRelay = (f, victim) =>
      holding && f.t === 'push' && victim.memberNo === secondNo ? [] : [f];
    await invite(second, await notebook());
    await verifiedWith(second, 4);
    // Meanwhile the first supervisor adds someone else at the same place of the log.
    await invite(first, await notebook());
    await verifiedWith(first, 4);
    holding = false;
    attack.lying.reconnectAll();

    const seen = await until('the fork on both supervisors', async () => {
      const [a, b] = [await trustOf(first), await trustOf(second)];
      return a.state === 'fork' && b.state === 'fork' ? { a, b } : undefined;
    });
    expect(seen.a.index).toBe(3);
    expect(seen.b.index).toBe(3);

    // Checked in person; the relay stops lying. Each starts over from the relay's log.
    attack.lying.lies = {};
    await second.call('sync.startRosterOver', {});
    await verifiedWith(second, 4);
    await first.call('sync.startRosterOver', {});
    await verifiedWith(first, 4);
    // The counselor, who saw the second supervisor's head too, does the same.
    if ((await trustOf(counselor)).state === 'fork') {
      await counselor.call('sync.startRosterOver', {});
    }
    await verifiedWith(counselor, 4);
  });
});
