import { ErrorCode } from './frames';

/**
 * What went wrong between this device and its relay, in terms a person can act on (issue #12,
 * item 3 and 5). Pure and shared: the core classifies why it is offline for the status it
 * reports, the renderer classifies a failed join or team creation from the core's (English,
 * technical) message, and both say it with the same words.
 *
 * The technical text comes from Node's socket and TLS errors ("connect ECONNREFUSED
 * 127.0.0.1:8811", "getaddrinfo ENOTFOUND relay.example.org"), from the `ws` client ("Unexpected
 * server response: 404", "Opening handshake has timed out"), and from the sync client and the
 * enrolment, which write a relay's refusal as "… (code N): reason" with N from ErrorCode.
 */
export const CONNECTION_FAILURES = [
  /** This computer has no network at all. */
  'noInternet',
  /** The computer is online, but nothing answers at the relay's address (stopped, firewalled). */
  'unreachable',
  /** The relay's name does not resolve (a typo in the address, or DNS down). */
  'notFound',
  /** The relay did not answer in time. */
  'timeout',
  /** The secure connection failed (certificate, or wss:// to a plain server). */
  'tls',
  /** Something answers at the address, but it is not a relay (a web page, a wrong path). */
  'notRelay',
  /** The relay answered with something this app cannot read (another version, a proxy). */
  'protocol',
  /** The relay answered and refused: see `refusal`. */
  'refused',
  'unknown',
] as const;
export type ConnectionFailureKind = (typeof CONNECTION_FAILURES)[number];

/** The relay's refusal codes a person can be told about, by name. */
export const RELAY_REFUSALS = [
  'authFailed',
  'notMember',
  'badInvite',
  'teamExists',
  'forbidden',
  'version',
  'rateLimited',
  'quotaExceeded',
  'tooManyScopes',
  'erased',
  'shuttingDown',
  'other',
] as const;
export type RelayRefusalKind = (typeof RELAY_REFUSALS)[number];

export interface ConnectionFailure {
  kind: ConnectionFailureKind;
  /** With `refused`: which refusal. */
  refusal?: RelayRefusalKind;
}

const REFUSAL_BY_CODE = new Map<number, RelayRefusalKind>([
  [ErrorCode.AuthFailed, 'authFailed'],
  [ErrorCode.BadSignature, 'authFailed'],
  [ErrorCode.NotMember, 'notMember'],
  [ErrorCode.BadInvite, 'badInvite'],
  [ErrorCode.TeamExists, 'teamExists'],
  [ErrorCode.Forbidden, 'forbidden'],
  [ErrorCode.Version, 'version'],
  [ErrorCode.RateLimited, 'rateLimited'],
  [ErrorCode.QuotaExceeded, 'quotaExceeded'],
  [ErrorCode.TooManyScopes, 'tooManyScopes'],
  [ErrorCode.Erased, 'erased'],
  [ErrorCode.ShuttingDown, 'shuttingDown'],
]);

export function refusalOf(code: number): RelayRefusalKind {
  return REFUSAL_BY_CODE.get(code) ?? 'other';
}

/** Socket error codes (Node, libuv) and what they mean for a person. */
const BY_ERRNO: [RegExp, ConnectionFailureKind][] = [
  [/\b(ENETUNREACH|ENETDOWN)\b/, 'noInternet'],
  [/\b(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)\b/, 'notFound'],
  [
    /\b(ETIMEDOUT|ESOCKETTIMEDOUT)\b|timed out|did not answer in time|stopped answering/i,
    'timeout',
  ],
  [
    /certificate|\bCERT_|ERR_TLS|ERR_SSL|\bSSL\b|\bTLS\b|EPROTO|wrong version number|self[- ]signed|altnames/i,
    'tls',
  ],
  [/Unexpected server response|Invalid WebSocket frame|invalid status code/i, 'notRelay'],
  [/malformed|frame ends|protocol \d+|unknown frame/i, 'protocol'],
  [
    /\b(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|EHOSTDOWN|EPIPE|ECONNABORTED)\b|closed the connection|connection closed|not connected|cannot be reached|socket hang up/i,
    'unreachable',
  ],
];

/**
 * Classifies a technical message. `online: false` (the machine has no network) wins over what
 * the socket said, unless the relay runs on this very computer.
 */
export function classifyConnectionFailure(
  text: string,
  context: { online?: boolean; loopback?: boolean } = {},
): ConnectionFailure {
  if (context.online === false && context.loopback !== true) return { kind: 'noInternet' };
  const code = /\(code (\d+)\)/.exec(text)?.[1];
  if (code !== undefined) return { kind: 'refused', refusal: refusalOf(Number(code)) };
  if (/refused:/i.test(text)) return { kind: 'refused', refusal: 'other' };
  for (const [pattern, kind] of BY_ERRNO) if (pattern.test(text)) return { kind };
  return { kind: 'unknown' };
}

/** The same message, as the relay's refusal is written by the sync client and enrolment. */
export function refusalMessage(code: number, reason: string): string {
  return `the sync server refused (code ${code}): ${reason}`;
}
