// libsodium is loaded once for every side (core, relay): the module lives in shared/crypto.
export { initSodium, sodium } from '../../../shared/crypto/sodium';
