/**
 * Random bytes from the platform's CSPRNG (Web Crypto: Node, Electron and browsers alike). Not
 * libsodium's randombytes_buf: under Node it costs ~128 µs a call against ~6 µs here
 * (../shared/design/STYLE.md).
 */
export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
