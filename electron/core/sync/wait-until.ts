/**
 * Resolves once `holds()` is true, checked now and again on every change `onChange` reports;
 * rejects after `timeoutMs`, saying what `describe()` says then (the sync client's whenIdle).
 */
export function waitUntil(
  holds: () => boolean,
  onChange: (listener: () => void) => () => void,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (holds()) {
        stop();
        resolve();
        return true;
      }
      return false;
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`sync did not settle in ${timeoutMs} ms (${describe()})`));
    }, timeoutMs);
    const off = onChange(() => void check());
    const stop = (): void => {
      clearTimeout(timer);
      off();
    };
    check();
  });
}
