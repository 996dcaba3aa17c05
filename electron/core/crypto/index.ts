export { initSodium, sodium } from './sodium';
export {
  associatedData,
  DecryptError,
  KEY_BYTES,
  NONCE_BYTES,
  open,
  openBound,
  randomBytes,
  randomKey,
  seal,
  sealBound,
  type Binding,
} from './aead';
