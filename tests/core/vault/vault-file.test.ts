import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { groupsToType, loadVault, PASSPHRASE, tempDir, thrown, vaultJson } from './helpers';

function flipByteInBlob(dir: string, slot: 'byPassphrase' | 'byRecoveryKey', at: number): string {
  const json = JSON.parse(vaultJson(dir));
  const blob = Buffer.from(json[slot].blob, 'base64');
  blob[at] = (blob[at] ?? 0) ^ 0x01;
  json[slot].blob = blob.toString('base64');
  fs.writeFileSync(path.join(dir, 'vault.json'), JSON.stringify(json));
  return json[slot].blob;
}

function encodings(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes);
  return [
    b.toString('hex'),
    b.toString('hex').toUpperCase(),
    b.toString('base64'),
    b.toString('base64url'),
  ];
}

describe('the vault file on disk', () => {
  beforeAll(initSodium);

  it('holds no secret bytes in clear: not raw, not hex, not base64', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(issued));
    const s = vault.secrets();
    const raw = fs.readFileSync(path.join(dir, 'vault.json'));
    const text = raw.toString('utf8');
    const secretParts = [
      s.masterKey,
      s.boxKeyPair.privateKey,
      s.signKeyPair.privateKey,
      s.signKeyPair.privateKey.subarray(0, 32),
    ];
    for (const part of secretParts) {
      expect(raw.indexOf(Buffer.from(part))).toBe(-1);
      for (const encoded of encodings(part)) expect(text).not.toContain(encoded);
    }
    expect(text).not.toContain(issued.recoveryKey);
    expect(text).not.toContain(issued.recoveryKey.replace(/-/g, ''));
    expect(text).not.toContain(PASSPHRASE);
    // The public keys are meant to be there.
    expect(text).toContain(Buffer.from(s.boxKeyPair.publicKey).toString('base64'));
  });

  it('leaves no temporary files behind and is readable by its owner only', () => {
    const dir = tempDir();
    loadVault(dir).create(PASSPHRASE);
    expect(fs.readdirSync(dir)).toEqual(['vault.json']);
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dir, 'vault.json')).mode & 0o777).toBe(0o600);
    }
  });

  it('reports an unparsable file as corrupt and leaves it untouched', () => {
    const dir = tempDir();
    loadVault(dir).create(PASSPHRASE);
    const damaged = vaultJson(dir).slice(0, 200);
    fs.writeFileSync(path.join(dir, 'vault.json'), damaged);
    const error = thrown(() => loadVault(dir));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/vault\.json is damaged \(it is not valid JSON\)/);
    expect(vaultJson(dir)).toBe(damaged);
  });

  it('reports a file with a field of the wrong shape as corrupt, naming the field', () => {
    const dir = tempDir();
    loadVault(dir).create(PASSPHRASE);
    const json = JSON.parse(vaultJson(dir));
    json.kdf.salt = 'AAAA';
    fs.writeFileSync(path.join(dir, 'vault.json'), JSON.stringify(json));
    expect(thrown(() => loadVault(dir))).toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/kdf\.salt/),
    });
  });

  it('reports a flipped byte in the passphrase blob as corrupt, keeping the blob as it was', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    vault.create(PASSPHRASE);
    vault.lock();
    for (const at of [3, 60]) {
      const tampered = flipByteInBlob(dir, 'byPassphrase', at);
      const reloaded = loadVault(dir);
      expect(thrown(() => reloaded.unlock(PASSPHRASE)).code).toBe('corrupt');
      expect(reloaded.status().state).toBe('locked');
      expect(JSON.parse(vaultJson(dir)).byPassphrase.blob).toBe(tampered);
      flipByteInBlob(dir, 'byPassphrase', at);
    }
    expect(loadVault(dir).unlock(PASSPHRASE)).toBeDefined();
  });

  it('reports a flipped byte in the recovery blob as corrupt', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(issued));
    vault.lock();
    flipByteInBlob(dir, 'byRecoveryKey', 40);
    expect(
      thrown(() => loadVault(dir).recover(issued.recoveryKey, 'hujan turun deras sepanjang malam'))
        .code,
    ).toBe('corrupt');
  });

  it('refuses a blob moved from the recovery slot into the passphrase slot', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(issued));
    vault.lock();
    const json = JSON.parse(vaultJson(dir));
    json.byPassphrase.blob = json.byRecoveryKey.blob;
    fs.writeFileSync(path.join(dir, 'vault.json'), JSON.stringify(json));
    expect(thrown(() => loadVault(dir).unlock(PASSPHRASE)).code).toBe('corrupt');
  });
});
