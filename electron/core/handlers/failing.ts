import type { Handlers, MethodName } from '../../../shared/api/contract';

/** Handlers that all report the same problem, e.g. every vault call when vault.json is unreadable. */
export function failingHandlers<M extends MethodName>(
  names: readonly M[],
  problem: Error,
): Pick<Handlers, M> {
  const fail = async (): Promise<never> => {
    throw problem;
  };
  return Object.fromEntries(names.map((name) => [name, fail])) as unknown as Pick<Handlers, M>;
}
