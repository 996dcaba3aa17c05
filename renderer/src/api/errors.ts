import i18next, { type TFunction } from 'i18next';
import { ApiCallError } from '../../../shared/api/client';
// Not the shared/domain barrel: this file is on the unlock screen's path, and the barrel builds
// every domain schema before that screen shows (issue #11, item 6).
import { labelText } from '../../../shared/domain/label-text';
import { isRiskActionKind, RISK_ACTION_LABELS } from '../../../shared/domain/risk/action-labels';
import { Language } from '../../../shared/api/settings';
import { classifyConnectionFailure } from '../../../shared/sync/connection-failure';
import {
  isRelayAddressProblem,
  type RelayAddressProblem,
} from '../../../shared/sync/relay-address';

/**
 * An error as a person reads it: what happened and what to do, in their language; and, folded
 * away for whoever helps them, the technical words it came with (issue #12, item 5).
 */
export interface ErrorDescription {
  text: string;
  /** Only for errors whose technical text cannot quote client data (network, relay). */
  detail?: string;
}

/** The user's words for an error: translated by code, never the core's English text alone. */
export function errorText(t: TFunction, error: unknown): string {
  return describeError(t, error).text;
}

export function describeError(t: TFunction, error: unknown): ErrorDescription {
  const relay = relayAddressProblem(error);
  if (relay) return { text: t(`sync.relayAddress.${relay}`) };
  if (error instanceof ApiCallError && error.error.code === 'invite_code') {
    return {
      text: t(`sync.inviteCodeProblem.${error.error.message}`, {
        defaultValue: t('errors.invite_code'),
      }),
    };
  }
  if (error instanceof ApiCallError && error.error.code === 'sync_failed') {
    return { text: syncFailureText(t, error.error.message), detail: error.error.message };
  }
  const gate = reviewGateText(t, error);
  if (gate) return { text: gate };
  const group = recoveryKeyGroup(error);
  if (group) return { text: t(group.key, { group: group.n }) };
  if (error instanceof ApiCallError) {
    const { code, message, retryAfterSeconds } = error.error;
    return { text: t(`errors.${code}`, { message, seconds: Math.ceil(retryAfterSeconds ?? 0) }) };
  }
  return { text: t('errors.internal') };
}

/**
 * A failure to reach or be accepted by the relay, from the core's technical message: the
 * network's and the relay's codes said as sentences (shared/sync/connection-failure.ts). When
 * the browser knows the machine is offline, that is the reason whatever the socket said.
 */
export function syncFailureText(t: TFunction, message: string): string {
  const known = CORE_FAILURES.find(([pattern]) => pattern.test(message));
  if (known) return t(`sync.failure.${known[1]}`);
  const online = typeof navigator === 'undefined' ? undefined : navigator.onLine;
  const failure = classifyConnectionFailure(message, online === false ? { online } : {});
  if (failure.kind === 'refused') return t(`sync.refusal.${failure.refusal ?? 'other'}`);
  if (failure.kind === 'unknown') return t('sync.failure.generic');
  return t(`sync.cause.${failure.kind}.text`);
}

/** The core's own sync_failed messages (electron/core/team/team-sync.ts) that are not network. */
const CORE_FAILURES: [RegExp, string][] = [
  [/who invited you is not in this team/, 'inviterGone'],
  [/can hand it over/, 'handOverForbidden'],
  [/roster cannot be verified/, 'rosterUnverified'],
  [/removal was not recorded/, 'removalNotRecorded'],
];

/** Why the core refused a relay address, when that is what the error says. */
export function relayAddressProblem(error: unknown): RelayAddressProblem | undefined {
  if (!(error instanceof ApiCallError) || error.error.code !== 'relay_address') return undefined;
  return isRelayAddressProblem(error.error.message) ? error.error.message : undefined;
}

/**
 * The group of a recovery key the core says looks wrong (electron/core/vault/recovery-key.ts and
 * vault.ts name it, 1-based): a typo while recovering, or a group typed back that differs from the
 * key shown. Not "this key belongs to another vault" (issue #12, item 9).
 */
function recoveryKeyGroup(error: unknown): { key: string; n: number } | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  const { code, message } = error.error;
  const n = Number(/\bgroup (\d+)\b/.exec(message)?.[1]);
  if (!Number.isInteger(n) || n < 1) return undefined;
  if (code === 'recovery_key_format') return { key: 'errors.recoveryKeyGroupTypo', n };
  if (code === 'wrong_recovery_key') return { key: 'errors.recoveryKeyGroupMismatch', n };
  return undefined;
}

/**
 * A session refused for review or sign-off (issue #13, item 9): the core's message ends with the
 * kinds of the missing actions, said here by their names in the person's language.
 */
function reviewGateText(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof ApiCallError)) return undefined;
  const { code, message } = error.error;
  if (code === 'conflict_open') return t('review.gate.conflictOpen');
  if (code !== 'risk_actions_missing') return undefined;
  const language = Language.safeParse(i18next.language).data ?? 'id';
  const kinds = (message.split(':').at(-1) ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(isRiskActionKind);
  const list = kinds.map((kind) => labelText(RISK_ACTION_LABELS[kind], language)).join(', ');
  return t('review.gate.riskActionsMissing', { list });
}
