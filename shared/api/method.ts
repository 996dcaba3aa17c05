import type { z } from 'zod';

/**
 * One method's schemas, built the first time either is read (issue #11, item 6). Zod builds a
 * schema eagerly and not cheaply, and the renderer never reads a method's input schema (the core
 * validates requests), so the unlock screen builds only the answers it is given. The types are
 * those of the built schemas, as if they had been written inline.
 */
export function method<I extends z.ZodType, O extends z.ZodType>(
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
