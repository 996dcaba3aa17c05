/** The vault: passphrase → Argon2id → the account's keys; lock, unlock, recovery key. */
export { Vault, type VaultOptions } from './vault';
export type { AccountSecrets, KeyPair, PublicKeys } from './secrets';
export { wipeSecrets } from './secrets';
export { DEFAULT_KDF_COST, TEST_KDF_COST, type KdfCost, type KdfParams } from './kdf';
export { systemClock, type Clock } from './attempt-limiter';
export { RECOVERY_KEY_FORMAT_MESSAGE } from './recovery-key';
