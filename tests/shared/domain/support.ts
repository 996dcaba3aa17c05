import { DomainError } from '../../../shared/domain';

/** The DomainError code `f` throws; undefined when it does not throw. */
export function thrownCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
  return undefined;
}
