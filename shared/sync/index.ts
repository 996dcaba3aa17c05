/** The sync protocol: codec, frames and the signed message encodings (docs/sync-protocol.md). */
export { FrameError, Reader, Writer } from './codec';
export * from './frames';
export * from './messages';
