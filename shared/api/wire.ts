import { z } from 'zod/mini';
import { ResultSchema } from './result';

/**
 * The frames that carry the API between the renderer and the core, over a MessagePort in
 * Electron and a loopback WebSocket in the web host. Both sides validate what they receive.
 */
export const RequestFrame = z.object({
  kind: z.literal('request'),
  id: z.int().check(z.nonnegative()),
  method: z.string().check(z.maxLength(100)),
  input: z.unknown(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

export const ResponseFrame = z.object({
  kind: z.literal('response'),
  id: z.int().check(z.nonnegative()),
  result: ResultSchema,
});
export type ResponseFrame = z.infer<typeof ResponseFrame>;

export const EventFrame = z.object({
  kind: z.literal('event'),
  event: z.string().check(z.maxLength(100)),
  payload: z.unknown(),
});
export type EventFrame = z.infer<typeof EventFrame>;

export const ToRendererFrame = z.discriminatedUnion('kind', [ResponseFrame, EventFrame]);
export type ToRendererFrame = z.infer<typeof ToRendererFrame>;

/** Largest API frame either side accepts, in bytes of JSON. Documents travel as deltas. */
export const MAX_API_FRAME_BYTES = 8 * 1024 * 1024;
