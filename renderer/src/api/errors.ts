import type { TFunction } from 'i18next';
import { ApiCallError } from '../../../shared/api/client';
import {
  isRelayAddressProblem,
  type RelayAddressProblem,
} from '../../../shared/sync/relay-address';

/** The user's words for an error: translated by code, never the core's English text alone. */
export function errorText(t: TFunction, error: unknown): string {
  const relay = relayAddressProblem(error);
  if (relay) return t(`sync.relayAddress.${relay}`);
  if (error instanceof ApiCallError && error.error.code === 'invite_code') {
    return t(`sync.inviteCodeProblem.${error.error.message}`, {
      defaultValue: t('errors.invite_code'),
    });
  }
  if (error instanceof ApiCallError) {
    const { code, message, retryAfterSeconds } = error.error;
    return t(`errors.${code}`, { message, seconds: Math.ceil(retryAfterSeconds ?? 0) });
  }
  return t('errors.internal');
}

/** Why the core refused a relay address, when that is what the error says. */
export function relayAddressProblem(error: unknown): RelayAddressProblem | undefined {
  if (!(error instanceof ApiCallError) || error.error.code !== 'relay_address') return undefined;
  return isRelayAddressProblem(error.error.message) ? error.error.message : undefined;
}
