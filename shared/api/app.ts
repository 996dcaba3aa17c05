import { z } from 'zod/mini';
import { method } from './method';

export const Host = z.enum(['electron', 'web']);
export type Host = z.infer<typeof Host>;

export const appMethods = {
  'app.info': method(() => ({
    input: z.object({}),
    output: z.object({ version: z.string(), host: Host }),
  })),
  /** The renderer reports user activity (throttled) so the core can lock after idle time. */
  'app.activity': method(() => ({
    input: z.object({}),
    output: z.object({}),
  })),
} as const;
