import { startTransition, useOptimistic } from 'react';

/**
 * What the user just clicked, shown at once while the core answers (a checkbox that waits for
 * the round trip looks broken). Each entry lives only as long as its change is in flight; when
 * the change fails the control falls back to what the core holds.
 */
export function usePending<V>(): [
  Readonly<Record<string, V>>,
  (key: string, value: V, run: () => Promise<void>) => void,
] {
  const [pending, addPending] = useOptimistic<Record<string, V>, [string, V]>(
    {},
    (current, [key, value]) => ({ ...current, [key]: value }),
  );
  function start(key: string, value: V, run: () => Promise<void>): void {
    startTransition(async () => {
      addPending([key, value]);
      await run();
    });
  }
  return [pending, start];
}
