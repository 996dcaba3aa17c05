/**
 * Which relay addresses the app will talk to (issue 10, "Trust that does not depend on the
 * relay"). Content is end-to-end encrypted either way, but over plain `ws://` the network sees
 * the invite-auth key during a join, every frame type and size, and can hold a device's traffic
 * back: so plain `ws://` is for this machine only (a local trial), unless the person explicitly
 * allows it for a trial on another host.
 *
 * Pure and shared: the Sync screen says the reason while the address is typed, the core refuses
 * the same addresses when a team is created or an invite is redeemed.
 */

/**
 * Why an address is refused. `empty` is an address not typed yet (nothing to say about it);
 * `insecure` is the one a person may override.
 */
export const RELAY_ADDRESS_PROBLEMS = [
  'empty',
  'malformed',
  'scheme',
  'credentials',
  'insecure',
] as const;
export type RelayAddressProblem = (typeof RELAY_ADDRESS_PROBLEMS)[number];

export function isRelayAddressProblem(text: string): text is RelayAddressProblem {
  return (RELAY_ADDRESS_PROBLEMS as readonly string[]).includes(text);
}

export type RelayAddress =
  | {
      ok: true;
      /** Scheme and host in lower case, the default port and a bare `/` path dropped. */
      url: string;
      /** `wss://`: TLS to the relay (or its proxy). */
      encrypted: boolean;
      loopback: boolean;
    }
  | { ok: false; problem: RelayAddressProblem };

export interface RelayAddressOptions {
  /** The person ticked "allow an unencrypted connection for a trial". */
  allowInsecure?: boolean;
}

/** Same bound as the API schema and the invite codec. */
const MAX_LENGTH = 2048;

export function classifyRelayAddress(
  address: string,
  options: RelayAddressOptions = {},
): RelayAddress {
  const text = address.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (text === '' || /^wss?:\/\/$/i.test(text)) return refused('empty');
  if (scheme !== undefined && scheme !== 'ws' && scheme !== 'wss') return refused('scheme');
  // The URL parser would quietly drop tabs and newlines, and read `ws:host` as `ws://host`.
  if (text.length > MAX_LENGTH || /[\s\p{Cc}]/u.test(text) || !/^wss?:\/\//i.test(text)) {
    return refused('malformed');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refused('malformed');
  }
  // `ws://@host` parses to an empty username: any `@` before the path is userinfo.
  const authority = text.slice(text.indexOf('//') + 2).split(/[/?#]/, 1)[0] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) {
    return refused('credentials');
  }
  // A WebSocket address has no fragment (RFC 6455 §3); the `ws` client throws on one.
  if (url.hash !== '' || text.includes('#') || url.hostname === '') return refused('malformed');
  const encrypted = url.protocol === 'wss:';
  const loopback = isLoopbackHost(url.hostname);
  if (!encrypted && !loopback && options.allowInsecure !== true) return refused('insecure');
  const path = url.pathname === '/' ? '' : url.pathname;
  return { ok: true, url: `${url.protocol}//${url.host}${path}${url.search}`, encrypted, loopback };
}

/**
 * A host name as the URL parser leaves it (lower case; IPv4 in dotted decimal, however it was
 * written; IPv6 compressed, in brackets). Only names that cannot leave this machine count:
 * `localhost` itself (not `localhost.evil.org`, not `foo.localhost`, which a resolver may send to
 * DNS), 127.0.0.0/8, `[::1]` and the IPv4-mapped form of 127.0.0.0/8.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  if (/^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname)) return true;
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  return octets !== null && octets[1] === '127';
}

function refused(problem: RelayAddressProblem): RelayAddress {
  return { ok: false, problem };
}
