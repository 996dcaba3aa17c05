import type { TFunction } from 'i18next';
import { ApiCallError } from '../../../shared/api/client';

/** The user's words for an error: translated by code, never the core's English text alone. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError) {
    const { code, message, retryAfterSeconds } = error.error;
    return t(`errors.${code}`, { message, seconds: Math.ceil(retryAfterSeconds ?? 0) });
  }
  return t('errors.internal');
}
