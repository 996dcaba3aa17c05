import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkSignOff,
  contentHash,
  signOffMessage,
  type SessionContent,
  type SignOff,
} from '../../../../shared/domain';
import { testCrypto } from './support';

const content = (): SessionContent => ({
  meta: { id: 's1', caseId: 'c1', startsAt: '2026-01-05T09:00:00+07:00', channel: 'whatsapp' },
  ticks: { a: { at: '2026-01-05T09:10:00Z', by: 'u-1' } },
  riskAnswers: { q1WishDead: 'no' },
  riskActions: [],
  note: [{ el: 'paragraph', attrs: {}, children: [{ text: [{ insert: 'Klien cerita.' }] }] }],
});

function signed(crypto: ReturnType<typeof testCrypto>, c: SessionContent): SignOff {
  const fields = {
    v: 1 as const,
    sessionId: 's1',
    hash: contentHash(c, crypto),
    signerPublicKey: crypto.keyHex,
    signerId: crypto.actorIdOf(crypto.keyHex),
    at: '2026-01-06T10:00:00.000Z',
  };
  return { ...fields, signature: crypto.signHex(signOffMessage(fields)) };
}

describe('canonical content and its hash', () => {
  it('writes keys in one order whatever order they were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"x":0,"y":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('gives the same hash for equal content built in another key order', () => {
    const crypto = testCrypto();
    const a = content();
    const b: SessionContent = {
      note: a.note,
      riskActions: [],
      riskAnswers: { q1WishDead: 'no' },
      ticks: { a: { by: 'u-1', at: '2026-01-05T09:10:00Z' } },
      meta: { channel: 'whatsapp', startsAt: a.meta.startsAt, caseId: 'c1', id: 's1' },
    };
    expect(contentHash(a, crypto)).toBe(contentHash(b, crypto));
  });

  it('gives another hash when one word or one tick changes', () => {
    const crypto = testCrypto();
    const base = contentHash(content(), crypto);
    const word = content();
    word.note = [{ el: 'paragraph', attrs: {}, children: [{ text: [{ insert: 'Klien diam.' }] }] }];
    const tick = content();
    tick.ticks = {};
    expect(contentHash(word, crypto)).not.toBe(base);
    expect(contentHash(tick, crypto)).not.toBe(base);
  });

  it('ignores the old submittedForReview flag, which is review state, not content', () => {
    const crypto = testCrypto();
    const flagged = content();
    flagged.meta = { ...flagged.meta, submittedForReview: true };
    expect(contentHash(flagged, crypto)).toBe(contentHash(content(), crypto));
  });
});

describe('a sign-off, checked against the content as it is now', () => {
  it('is unsigned before anyone signs', () => {
    expect(checkSignOff(undefined, 's1', content(), testCrypto()).status).toBe('unsigned');
  });

  it('verifies as valid over the same content', () => {
    const crypto = testCrypto();
    expect(checkSignOff(signed(crypto, content()), 's1', content(), crypto).status).toBe('valid');
  });

  it('shows altered when the content changed after signing', () => {
    const crypto = testCrypto();
    const later = content();
    later.riskAnswers = { q1WishDead: 'yes' };
    expect(checkSignOff(signed(crypto, content()), 's1', later, crypto).status).toBe('altered');
  });

  it('shows invalid for a forged signature, a changed signer or time, or another session', () => {
    const crypto = testCrypto();
    const good = signed(crypto, content());
    const forged = { ...good, signature: good.signature.replace(/^../, '00') };
    const otherTime = { ...good, at: '2026-01-07T10:00:00.000Z' };
    const impostor = testCrypto();
    const otherKey = { ...good, signerPublicKey: impostor.keyHex };
    for (const bad of [forged, otherTime, otherKey]) {
      expect(checkSignOff(bad, 's1', content(), crypto).status).toBe('invalid');
    }
    expect(checkSignOff(good, 's2', content(), crypto).status).toBe('invalid');
    expect(checkSignOff({ nonsense: true }, 's1', content(), crypto).status).toBe('invalid');
  });
});
