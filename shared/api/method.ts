import type { z } from 'zod/mini';

/**
 * A schema of either of zod's two faces, classic or mini, both built on zod's core: what the API
 * needs of it. The unlock screen's part of the contract is written with zod/mini (issue #11,
 * item 6: a much smaller script to parse on a slow laptop), the rest with classic zod.
 */
export type ApiSchema<T = unknown> = z.core.$ZodType<T> & {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: z.core.$ZodError };
};

/**
 * One method's schemas, built the first time either is read (issue #11, item 6). Zod builds a
 * schema eagerly and not cheaply, and the renderer never reads a method's input schema (the core
 * validates requests), so the unlock screen builds only the answers it is given. The types are
 * those of the built schemas, as if they had been written inline.
 */
export function method<I extends z.core.$ZodType, O extends z.core.$ZodType>(
  build: () => { input: I; output: O },
): { readonly input: I; readonly output: O } {
  let built: { input: I; output: O } | undefined;
  return {
    get input() {
      built ??= build();
      return built.input;
    },
    get output() {
      built ??= build();
      return built.output;
    },
  };
}
