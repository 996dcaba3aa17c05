/**
 * The sync protocol's frames (docs/sync-protocol.md), in one place for their importers: the
 * vocabulary (frame-types.ts), the fields both directions share (frame-fields.ts), and each
 * direction's encoder and decoder (client-frames.ts, server-frames.ts).
 */
export * from './frame-types';
export { checkOpaqueId, scopeInfoSize, storedEntrySize, writeHeader } from './frame-fields';
export { decodeClientFrame, encodeClientFrame } from './client-frames';
export { decodeServerFrame, encodeServerFrame } from './server-frames';
