import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/api/settings';
import type { OfflineCause, SyncOverview } from '../../../shared/api/sync';
import { classifyRelayAddress } from '../../../shared/sync/relay-address';
import { formatWhen } from '../dates';

/** How the frame's indicator and the Sync screen sum the state up (issue #12, item 3). */
export type SyncTone = 'ok' | 'busy' | 'offline' | 'refused';

export interface SyncSummary {
  tone: SyncTone;
  /** A few words: "Mutakhir per 10.42", "Server tidak terjangkau". */
  short: string;
  /** What happened and what to do, when something is wrong. */
  explanation?: string;
  /** The socket's or relay's own words, folded away. */
  detail?: string;
}

/**
 * The state in a person's words. `cause` is the last known reason while a new attempt is under
 * way (so the indicator does not flicker to "connecting" between refused attempts); a browser that
 * knows the machine is offline overrides what the socket said.
 */
export function summarise(
  t: TFunction,
  language: Language,
  overview: SyncOverview,
  context: { online: boolean; cause?: OfflineCause; now?: number },
): SyncSummary {
  const { state } = overview;
  switch (state.kind) {
    case 'upToDate':
      return {
        tone: 'ok',
        short: overview.lastSyncedAt
          ? t('sync.indicator.upToDateAt', {
              time: formatWhen(overview.lastSyncedAt, language, context.now),
            })
          : t('sync.indicator.upToDate'),
      };
    case 'syncing':
      return { tone: 'busy', short: t('sync.indicator.syncing') };
    case 'error': {
      const refusal =
        state.problem && state.problem !== 'other' ? state.problem : ('other' as const);
      return {
        tone: 'refused',
        short: t('sync.indicator.held'),
        explanation: t(`sync.refusal.${refusal}`),
        detail: state.reason,
      };
    }
    case 'notEnrolled':
      return { tone: 'ok', short: t('sync.state.notEnrolled') };
    case 'offline':
    case 'connecting': {
      const known = state.kind === 'offline' ? state.cause : undefined;
      const cause: OfflineCause | undefined = !context.online
        ? 'noInternet'
        : (known ?? context.cause);
      if (!cause) {
        return {
          tone: state.kind === 'connecting' ? 'busy' : 'offline',
          short: t(`sync.indicator.${state.kind}`),
        };
      }
      return {
        tone: 'offline',
        short: t(`sync.cause.${cause}.short`),
        explanation: t(`sync.cause.${cause}.text`),
        ...(state.kind === 'offline' && state.detail ? { detail: state.detail } : {}),
      };
    }
  }
}

/** A time today as its time alone ("10.42"), another day with its date (renderer/src/dates.ts). */
export { formatWhen };

/**
 * A web address typed where a relay's belongs (http://host → ws://host, https:// → wss://): the
 * address it most likely meant, when that one would be accepted as typed.
 */
export function relayAddressFor(typed: string): string | undefined {
  const match = /^(https?):\/\/(.+)$/i.exec(typed.trim());
  if (!match) return undefined;
  const rest = match[2] ?? '';
  // Plain ws:// only where it is accepted (this computer); anywhere else, wss://.
  const candidates = match[1]?.toLowerCase() === 'https' ? ['wss'] : ['ws', 'wss'];
  return candidates
    .map((scheme) => `${scheme}://${rest}`)
    .find((candidate) => classifyRelayAddress(candidate).ok);
}
