/**
 * Base64 for Yjs updates crossing the API, with the browser's btoa/atob only: the renderer has no
 * Node Buffer. Bytes go through a binary string in chunks, since String.fromCharCode(...bytes)
 * over a large update would exceed the engine's argument limit.
 */
const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
