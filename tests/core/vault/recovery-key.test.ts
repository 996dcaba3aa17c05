import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import {
  formatRecoveryKey,
  issueRecoveryKey,
  mistypedGroup,
  parseRecoveryKey,
} from '../../../electron/core/vault/recovery-key';
import {
  groupsToType,
  loadVault,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  tempDir,
  thrown,
  vaultJson,
  WRONG_PASSPHRASE,
} from './helpers';

/** Replace one character with a different valid one. */
function typo(key: string, at: number): string {
  const c = key[at] === 'A' ? 'B' : 'A';
  return key.slice(0, at) + c + key.slice(at + 1);
}

describe('the recovery key format', () => {
  beforeAll(initSodium);

  it('carries 160 random bits as 8 groups of 5 Crockford characters', () => {
    const issued = issueRecoveryKey();
    expect(issued.bytes).toHaveLength(20);
    expect(issued.text).toMatch(
      /^([0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}-){7}[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}$/,
    );
    expect(issued.confirmGroups[0]).toBeLessThan(issued.confirmGroups[1] ?? -1);
    expect(issued.confirmGroups.every((i) => i >= 0 && i < 8)).toBe(true);
  });

  it('reads back despite lower case, spaces, missing dashes and O/I/L confusions', () => {
    const bytes = new Uint8Array(20).fill(0);
    bytes[19] = 1;
    const text = formatRecoveryKey(bytes);
    expect(parseRecoveryKey(text)).toEqual(bytes);
    const sloppy = text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(`  ${sloppy} `)).toEqual(bytes);
    expect(parseRecoveryKey(text.replace(/-/g, '').replace(/1/g, 'I'))).toEqual(bytes);
  });

  it('reports a typo as a format error, not as a wrong key', () => {
    const { text } = issueRecoveryKey();
    for (const at of [0, 7, 20, 39, 46]) {
      const error = thrown(() => parseRecoveryKey(typo(text, at)));
      expect(error.code).toBe('recovery_key_format');
      expect(error.message).toMatch(/^wrong recovery key format/);
    }
    expect(thrown(() => parseRecoveryKey(text.slice(0, -1))).message).toMatch(/format/);
    expect(thrown(() => parseRecoveryKey(text.replace(/.$/, 'U'))).message).toMatch(/format/);
  });
});

describe('a mistyped recovery key', () => {
  beforeAll(initSodium);

  it('names the group that holds one wrong character, wherever it is', () => {
    const { text } = issueRecoveryKey();
    for (const at of [0, 4, 6, 13, 20, 27, 33, 46]) {
      const group = Math.floor(at / 6) + 1;
      expect(mistypedGroup(typo(text, at))).toBe(group);
      expect(thrown(() => parseRecoveryKey(typo(text, at))).message).toContain(
        `group ${group} looks mistyped`,
      );
    }
  });

  it('names the group where two neighbouring characters were swapped', () => {
    const { text } = issueRecoveryKey();
    const at = [13, 14, 15].find((i) => text[i] !== text[i + 1]) ?? 13;
    const swapped =
      text.slice(0, at) + (text[at + 1] ?? '') + (text[at] ?? '') + text.slice(at + 2);
    expect(mistypedGroup(swapped)).toBe(3);
  });

  it('names a group that is one character short or holds a letter the key never has', () => {
    const { text } = issueRecoveryKey();
    const groups = text.split('-');
    const short = groups.map((g, i) => (i === 5 ? g.slice(1) : g)).join('-');
    expect(mistypedGroup(short)).toBe(6);
    const stray = groups.map((g, i) => (i === 1 ? `U${g.slice(1)}` : g)).join(' ');
    expect(mistypedGroup(stray)).toBe(2);
  });

  it('blames no group when the key is too garbled to tell', () => {
    const { text } = issueRecoveryKey();
    expect(mistypedGroup(typo(typo(text, 0), 40))).toBeNull();
    expect(mistypedGroup(text.slice(0, 20))).toBeNull();
  });

  it('says which group differs when the groups typed back do not match the key shown', () => {
    const vault = loadVault(tempDir());
    const issued = vault.create(PASSPHRASE);
    const right = groupsToType(issued);
    const wrongSecond = [right[0] ?? '', typo(right[1] ?? '', 2)];
    const error = thrown(() => vault.confirmRecoveryKey(wrongSecond));
    expect(error.code).toBe('wrong_recovery_key');
    expect(error.message).toContain(`group ${(issued.confirmGroups[1] ?? 0) + 1} `);
  });
});

describe('confirming and using a recovery key', () => {
  beforeAll(initSodium);

  it('refuses the wrong groups and writes nothing', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    const right = groupsToType(issued);
    const before = vaultJson(dir);
    expect(thrown(() => vault.confirmRecoveryKey([...right].reverse())).code).toBe(
      'wrong_recovery_key',
    );
    expect(thrown(() => vault.confirmRecoveryKey([right[0] ?? ''])).code).toBe(
      'wrong_recovery_key',
    );
    expect(vaultJson(dir)).toBe(before);
    expect(vault.status().recoveryKeyConfirmed).toBe(false);
  });

  it('writes the recovery wrap when the right groups are typed, in any case', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    expect(JSON.parse(vaultJson(dir)).byRecoveryKey).toBeNull();
    const status = vault.confirmRecoveryKey(groupsToType(issued).map((g) => g.toLowerCase()));
    expect(status.recoveryKeyConfirmed).toBe(true);
    expect(JSON.parse(vaultJson(dir)).byRecoveryKey.blob).toEqual(expect.any(String));
    expect(thrown(() => vault.confirmRecoveryKey(groupsToType(issued))).code).toBe('not_found');
  });

  it('forgets a pending key on lock, and a newer key replaces the pending one', () => {
    const vault = loadVault(tempDir());
    const first = vault.create(PASSPHRASE);
    const second = vault.newRecoveryKey(PASSPHRASE);
    if (groupsToType(first).join() !== groupsToType(second).join()) {
      expect(thrown(() => vault.confirmRecoveryKey(groupsToType(first))).code).toBe(
        'wrong_recovery_key',
      );
    }
    vault.lock();
    expect(thrown(() => vault.confirmRecoveryKey(groupsToType(second))).code).toBe('locked');
    expect(thrown(() => vault.newRecoveryKey(PASSPHRASE)).code).toBe('locked');
  });

  it('recovers with the key: a new passphrase works, the old one stops, the key stays valid', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(issued));
    const master = vault.secrets().masterKey.slice();
    vault.lock();

    const fresh = loadVault(dir);
    expect(fresh.recover(issued.recoveryKey.toLowerCase(), OTHER_PASSPHRASE).masterKey).toEqual(
      master,
    );
    expect(fresh.status().state).toBe('unlocked');
    fresh.lock();
    expect(thrown(() => fresh.unlock(PASSPHRASE)).code).toBe('wrong_passphrase');
    expect(fresh.unlock(OTHER_PASSPHRASE).masterKey).toEqual(master);
    fresh.lock();
    expect(fresh.recover(issued.recoveryKey, PASSPHRASE).masterKey).toEqual(master);
  });

  it('tells a well-formed but different key from a typo', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const issued = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(issued));
    vault.lock();
    const other = issueRecoveryKey().text;
    expect(thrown(() => vault.recover(other, OTHER_PASSPHRASE)).code).toBe('wrong_recovery_key');
    expect(thrown(() => vault.recover(typo(issued.recoveryKey, 3), OTHER_PASSPHRASE)).code).toBe(
      'recovery_key_format',
    );
    expect(thrown(() => vault.recover(issued.recoveryKey, 'pendek')).code).toBe('weak_passphrase');
    expect(vault.status().state).toBe('locked');
  });

  it('stops accepting an old recovery key once a new one is confirmed', () => {
    const vault = loadVault(tempDir());
    const old = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(old));
    const next = vault.newRecoveryKey(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(next));
    vault.lock();
    expect(thrown(() => vault.recover(old.recoveryKey, OTHER_PASSPHRASE)).code).toBe(
      'wrong_recovery_key',
    );
    expect(vault.recover(next.recoveryKey, OTHER_PASSPHRASE)).toBeDefined();
  });

  it('refuses to replace the recovery key with a wrong passphrase, and the old key still unlocks', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const old = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(old));
    const wrapBefore = JSON.parse(vaultJson(dir)).byRecoveryKey;

    expect(thrown(() => vault.newRecoveryKey(WRONG_PASSPHRASE))).toMatchObject({
      code: 'wrong_passphrase',
      message: 'wrong passphrase',
    });
    // Nothing is waiting to be confirmed, and the stored recovery wrap is the same.
    expect(thrown(() => vault.confirmRecoveryKey(groupsToType(old))).code).toBe('not_found');
    expect(JSON.parse(vaultJson(dir)).byRecoveryKey).toEqual(wrapBefore);
    expect(vault.status()).toMatchObject({ state: 'unlocked', recoveryKeyConfirmed: true });

    vault.lock();
    expect(vault.recover(old.recoveryKey, OTHER_PASSPHRASE)).toBeDefined();
  });

  it('replaces the recovery key with the right passphrase: the new key unlocks, the old one does not', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    const old = vault.create(PASSPHRASE);
    vault.confirmRecoveryKey(groupsToType(old));
    const master = vault.secrets().masterKey.slice();

    const next = vault.newRecoveryKey(PASSPHRASE);
    expect(next.recoveryKey).not.toBe(old.recoveryKey);
    vault.confirmRecoveryKey(groupsToType(next));
    vault.lock();

    const fresh = loadVault(dir);
    expect(thrown(() => fresh.recover(old.recoveryKey, OTHER_PASSPHRASE)).code).toBe(
      'wrong_recovery_key',
    );
    expect(fresh.recover(next.recoveryKey, OTHER_PASSPHRASE).masterKey).toEqual(master);
  });

  it('keeps a pending recovery key when the passphrase to replace it is wrong', () => {
    const vault = loadVault(tempDir());
    const pending = vault.create(PASSPHRASE);
    expect(thrown(() => vault.newRecoveryKey(WRONG_PASSPHRASE)).code).toBe('wrong_passphrase');
    expect(vault.confirmRecoveryKey(groupsToType(pending)).recoveryKeyConfirmed).toBe(true);
  });

  it('counts a wrong passphrase to replace the recovery key as a failed unlock attempt', () => {
    const vault = loadVault(tempDir());
    vault.create(PASSPHRASE);
    let last = thrown(() => vault.newRecoveryKey(WRONG_PASSPHRASE));
    for (let i = 0; i < 10 && last.code === 'wrong_passphrase'; i++) {
      last = thrown(() => vault.newRecoveryKey(WRONG_PASSPHRASE));
    }
    expect(last.code).toBe('too_many_attempts');
    expect(thrown(() => vault.newRecoveryKey(PASSPHRASE)).code).toBe('too_many_attempts');
  });

  it('refuses to recover a vault whose recovery key was never confirmed', () => {
    const vault = loadVault(tempDir());
    const issued = vault.create(PASSPHRASE);
    vault.lock();
    expect(thrown(() => vault.recover(issued.recoveryKey, OTHER_PASSPHRASE)).code).toBe(
      'wrong_recovery_key',
    );
  });
});
