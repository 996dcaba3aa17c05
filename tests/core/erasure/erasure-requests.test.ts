import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ErasureRequests } from '../../../electron/core/erasure';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const ME = `ed25519:${'c'.repeat(16)}`;

describe('the list of erasures waiting for a connection', () => {
  it('keeps one request per case, oldest first, and says which ones wait', () => {
    const requests = new ErasureRequests(new Y.Doc());
    requests.add(B, '2026-12-02T10:00:00.000Z', ME);
    requests.add(A, '2026-12-01T10:00:00.000Z', ME);
    expect(requests.waiting().map((r) => r.caseId)).toEqual([A, B]);
    expect(requests.isWaiting(A)).toBe(true);
    expect(requests.isWaiting('d'.repeat(32))).toBe(false);
  });

  it('a refused request stops waiting and keeps its reason until it is removed', () => {
    const requests = new ErasureRequests(new Y.Doc());
    requests.add(A, '2026-12-01T10:00:00.000Z', ME);
    requests.markRelayErased(A, '2026-12-01T11:00:00.000Z');
    requests.refuse(A, '2026-12-01T12:00:00.000Z', 'reopened');
    expect(requests.isWaiting(A)).toBe(false);
    expect(requests.waiting()).toEqual([]);
    const refused = requests.get(A);
    expect(refused).toMatchObject({
      state: 'refused',
      refusedAt: '2026-12-01T12:00:00.000Z',
      reason: 'reopened',
    });
    expect(refused?.relayErasedAt).toBeUndefined();
    requests.remove(A);
    expect(requests.list()).toEqual([]);
  });

  it('remembers that the relay has erased a case, so the rest is finished without asking again', () => {
    const requests = new ErasureRequests(new Y.Doc());
    requests.add(A, '2026-12-01T10:00:00.000Z', ME);
    requests.markRelayErased(A, '2026-12-01T11:00:00.000Z');
    expect(requests.get(A)).toMatchObject({
      state: 'waiting',
      relayErasedAt: '2026-12-01T11:00:00.000Z',
    });
    // Asking again for the same case starts a fresh request.
    requests.add(A, '2026-12-03T10:00:00.000Z', ME);
    expect(requests.get(A)?.relayErasedAt).toBeUndefined();
  });

  it('skips entries it cannot read, and survives a round trip through its document', () => {
    const doc = new Y.Doc();
    const requests = new ErasureRequests(doc);
    requests.add(A, '2026-12-01T10:00:00.000Z', ME);
    doc.getMap('requests').set('junk', { caseId: 'not an id' });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(new ErasureRequests(copy).list().map((r) => r.caseId)).toEqual([A]);
  });

  it('marking or refusing a case that was never asked for changes nothing', () => {
    const requests = new ErasureRequests(new Y.Doc());
    requests.markRelayErased(A, '2026-12-01T11:00:00.000Z');
    requests.refuse(A, '2026-12-01T12:00:00.000Z', 'gone');
    expect(requests.list()).toEqual([]);
  });
});
