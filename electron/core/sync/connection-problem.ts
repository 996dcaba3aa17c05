import { networkInterfaces } from 'node:os';
import {
  classifyConnectionFailure,
  type ConnectionFailureKind,
} from '../../../shared/sync/connection-failure';
import { isLoopbackHost } from '../../../shared/sync/relay-address';

/** Why the sync client is offline, as the status reports it (the relay's refusals aside). */
export type OfflineCause = Exclude<ConnectionFailureKind, 'refused'>;

export interface OfflineReason {
  cause: OfflineCause;
  /** The technical text (a socket error, the client's own words), for whoever helps. */
  detail: string;
}

/**
 * Whether this machine has any network besides loopback. A seam (STYLE.md, "a seam with a test
 * implementation"): tests pass their own; Node has no "online" event, and the interfaces list is
 * what the operating system knows without sending a packet.
 */
export type OnlineProbe = () => boolean;

export const machineOnline: OnlineProbe = () => {
  try {
    return Object.values(networkInterfaces()).some((list) => (list ?? []).some((i) => !i.internal));
  } catch {
    return true;
  }
};

/**
 * Why a connection to `url` failed or ended, from the error or the reason the client gave. A
 * relay on this computer is never "no internet": the cable has nothing to do with it.
 */
export function offlineReason(url: string, failure: unknown, online: OnlineProbe): OfflineReason {
  const detail =
    failure instanceof Error
      ? [errnoOf(failure), failure.message].filter(Boolean).join(' ')
      : String(failure);
  let loopback = false;
  try {
    loopback = isLoopbackHost(new URL(url).hostname);
  } catch {
    // An address that does not parse is classified by the error it caused.
  }
  const { kind } = classifyConnectionFailure(detail, { online: online(), loopback });
  // A refusal closes with its own error state; a close after it is just a closed connection.
  return { cause: kind === 'refused' ? 'unreachable' : kind, detail: detail.slice(0, 300) };
}

/** Node puts the errno name in `code`; most messages quote it, TLS errors often do not. */
function errnoOf(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? code : '';
}
