import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which client a connection counts against, for the per-address limits.
 *
 * Without a trusted proxy it is the socket's peer. Behind `trustProxyHops` reverse proxies it is
 * read from X-Forwarded-For, where each proxy appends the address it received the request from:
 * the entry `hops` places from the right was written by the outermost of our proxies, and
 * everything left of it is whatever the client chose to send — never trusted (the same rule as
 * Express's numeric `trust proxy`). If the header has fewer entries, the leftmost one was still
 * written by one of ours (a client that reached the inner proxy directly).
 */
export function clientAddress(req: IncomingMessage, trustProxyHops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustProxyHops <= 0) return addressKey(peer);
  const raw = req.headers['x-forwarded-for'];
  const header = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const list = header
    .split(',')
    .map((part) => stripPort(part.trim()))
    .filter((part) => part.length > 0);
  const chosen = list[Math.max(0, list.length - trustProxyHops)];
  return chosen && (isIPv4(chosen) || isIPv6(chosen)) ? addressKey(chosen) : addressKey(peer);
}

/** `1.2.3.4:5678` and `[2001:db8::1]:5678` (some proxies add the port) → the address alone. */
function stripPort(part: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(part);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(part);
  return v4?.[1] ?? part;
}

/**
 * The bucket key of an address: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64 prefix —
 * one subscriber usually holds a whole /64 (RFC 6177), so per-address limits on full IPv6
 * addresses would hand each client 2^64 fresh buckets.
 */
export function addressKey(address: string): string {
  const a = address.trim().toLowerCase().split('%')[0] ?? '';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(a)) return a.slice(0, 64);
  const [head = '', tail] = a.split('::');
  const split = (s: string): string[] =>
    s === '' ? [] : s.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
