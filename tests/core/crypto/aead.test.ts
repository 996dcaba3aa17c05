import { beforeAll, describe, expect, it } from 'vitest';
import {
  DecryptError,
  initSodium,
  openBound,
  randomKey,
  sealBound,
} from '../../../electron/core/crypto';

const binding = { docId: 'doc-1', kind: 'update', keyId: 'k1' };
const text = new TextEncoder().encode('Klien menangis di awal sesi');

describe('authenticated encryption of blobs', () => {
  beforeAll(initSodium);

  it('round-trips a plaintext under the same key and binding', () => {
    const key = randomKey();
    expect(openBound(key, sealBound(key, text, binding), binding)).toEqual(text);
  });

  it('uses a fresh nonce every time, so equal plaintexts seal differently', () => {
    const key = randomKey();
    expect(sealBound(key, text, binding)).not.toEqual(sealBound(key, text, binding));
  });

  it('refuses a blob moved to another document, kind or key id', () => {
    const key = randomKey();
    const blob = sealBound(key, text, binding);
    for (const moved of [
      { ...binding, docId: 'doc-2' },
      { ...binding, kind: 'snapshot' },
      { ...binding, keyId: 'k2' },
    ]) {
      expect(() => openBound(key, blob, moved)).toThrow(DecryptError);
    }
  });

  it('refuses a blob with any single flipped bit', () => {
    const key = randomKey();
    const blob = sealBound(key, text, binding);
    for (let i = 0; i < blob.length; i += 7) {
      const bad = blob.slice();
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      expect(() => openBound(key, bad, binding)).toThrow(DecryptError);
    }
  });

  it('refuses a truncated blob and one sealed under another key', () => {
    const key = randomKey();
    const blob = sealBound(key, text, binding);
    expect(() => openBound(key, blob.subarray(0, 20), binding)).toThrow(/truncated/);
    expect(() => openBound(randomKey(), blob, binding)).toThrow(DecryptError);
  });
});
