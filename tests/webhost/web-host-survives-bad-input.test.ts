import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { callApi } from '../e2e/support/api-socket';
import { startWebHost, type RunningWebHost } from '../e2e/support/web-host';
import { rng } from '../sync/support/harness';

/**
 * The real web host, in its own process as `npm run web` starts it, under a few thousand
 * generated malformed requests, upgrades and API frames on loopback. Each must be answered with an
 * error (or, for a connection dropped halfway, simply survived), and the host must still serve
 * the person who holds the token afterwards. Seeded, so a failure can be replayed.
 */

const SEED = 20261206;
const BATCH = 32;
const ANSWER_MS = 5_000;

let host: RunningWebHost;
let port = 0;
let token = '';
const next = rng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const int = (max: number): number => Math.floor(next() * max);
const bytes = (length: number): Buffer => Buffer.from(Array.from({ length }, () => int(256)));

beforeAll(async () => {
  host = await startWebHost({ env: { PENDAMPING_LOG: 'error' } });
  port = Number(new URL(host.origin).port);
  token = new URL(host.launchUrl).searchParams.get('token') ?? '';
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

interface Exchange {
  data: Buffer;
  closedByServer: boolean;
}

/**
 * Sends raw bytes on a fresh loopback connection and reads until `enough` says so, the server
 * closes, or the time is up.
 */
function exchange(
  payload: Buffer | string,
  options: { enough?: (data: Buffer) => boolean; end?: boolean; waitMs?: number } = {},
): Promise<Exchange> {
  const enough = options.enough ?? ((data: Buffer) => data.includes('\r\n'));
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    const finish = (closedByServer: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ data: Buffer.concat(chunks), closedByServer });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? ANSWER_MS);
    socket.on('connect', () => {
      socket.write(payload);
      if (options.end ?? true) socket.end();
    });
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (enough(Buffer.concat(chunks))) finish(false);
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
  });
}

function status(data: Buffer): number | undefined {
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(data.subarray(0, 64).toString('latin1'));
  return match ? Number(match[1]) : undefined;
}

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    await Promise.all(items.slice(i, i + BATCH).map(run));
  }
}

/** Sends each request and expects a 4xx status line for every one. */
async function expectEachRefused(requests: readonly string[]): Promise<void> {
  const wrong: string[] = [];
  await inBatches(requests, async (request) => {
    // The client keeps its side open, as a browser does: Node drops a request whose client
    // half-closes before an asynchronous answer is ready.
    const answer = status((await exchange(request, { end: false })).data);
    if (answer === undefined || answer < 400 || answer >= 500) {
      wrong.push(`${answer ?? 'no answer'} for ${JSON.stringify(request.slice(0, 120))}`);
    }
  });
  expect(wrong).toEqual([]);
}

/** The person with the token still gets the page's cookie and the API. */
async function expectStillServing(): Promise<void> {
  const launch = await fetch(host.launchUrl, { redirect: 'manual' });
  expect(launch.status).toBe(303);
  const vault = await callApi(host.launchUrl, 'vault.status', {});
  expect(vault.state).toBe('new');
}

const cookie = (): string => `Cookie: pendamping_token=${token}\r\n`;
const hostHeader = (): string => `Host: 127.0.0.1:${port}\r\n`;

const HOSTILE = ['/', '//', '[', ']', '%', '%2', '%zz', '%00', '..', '.', '\\', '?', '#', '@', ':'];

/**
 * A request target whose path names no file: it ends in `[` before any query or hash, so junk in
 * the query (which the host rightly ignores) cannot turn it into a request for the page.
 */
function hostileTarget(): string {
  let target = '';
  for (let i = int(12); i >= 0; i -= 1) {
    target += next() < 0.7 ? pick(HOSTILE) : String.fromCharCode(0x21 + int(94));
  }
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  const rest = cut < 0 ? '' : target.slice(cut);
  return `${pick(['/', '//', '//[', 'http://[', '*', '', '%'])}${path}[${rest}`;
}

function badRequestLines(count: number): string[] {
  const fixed = [
    'GET //[ HTTP/1.1',
    'GET //[::1 HTTP/1.1',
    'GET http://[ HTTP/1.1',
    'GET /%zz HTTP/1.1',
    'GET /%E0%A4%A HTTP/1.1',
    'GET /..%2f..%2fetc%2fpasswd HTTP/1.1',
    'GET * HTTP/1.1',
    'OPTIONS * HTTP/1.1',
    'CONNECT 127.0.0.1:1 HTTP/1.1',
    'GET /?token=%ff%fe HTTP/1.1',
    'GET / HTTP/9.9',
    'GET / HTTP/1.1 extra',
    'GET\t/ HTTP/1.1',
    'GET /\u0000 HTTP/1.1',
    'BREW / HTCPCP/1.0',
    'GET',
    '',
    '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003',
    `GET /${'a'.repeat(70_000)} HTTP/1.1`,
  ];
  const generated = Array.from({ length: count }, () => {
    const method = pick(['GET', 'HEAD', 'POST', 'DELETE', 'G\u00c9T', 'get', '']);
    const version = pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.x', '', 'HTTP/1.1 HTTP/1.1']);
    return `${method} ${hostileTarget()} ${version}`.trimEnd();
  });
  return [...fixed, ...generated].map(
    (line) => `${line}\r\n${hostHeader()}${next() < 0.5 ? cookie() : ''}\r\n`,
  );
}

function badHeaders(count: number): string[] {
  const fixed = [
    `GET / HTTP/1.1\r\nX-Big: ${'b'.repeat(80_000)}\r\n\r\n`,
    `GET / HTTP/1.1\r\n${'X-a: b\r\n'.repeat(3_000)}\r\n`,
    'GET / HTTP/1.1\r\nno colon here\r\n\r\n',
    'GET / HTTP/1.1\r\n: empty name\r\n\r\n',
    'GET / HTTP/1.1\r\nBad Name: x\r\n\r\n',
    'GET / HTTP/1.1\r\nX-Fold: a\r\n  folded\r\n\r\n',
    'GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    'GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n',
    'GET / HTTP/1.1\r\nContent-Length: abc\r\n\r\n',
    'GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    'GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
    'GET / HTTP/1.1\r\nX-Nul: a\u0000b\r\n\r\n',
    'GET / HTTP/1.1\nHost: lf-only\n\n',
    'GET / HTTP/1.1\r\nExpect: 100-continue-please\r\n\r\n',
  ];
  const cookies = [
    'pendamping_token',
    '=;=;;',
    ';;;;',
    `pendamping_token=${token}x`,
    `pendamping_token=${token.slice(1)}`,
    'pendamping_token=%zz',
    'pendamping_token="',
    `pendamping_token=${'\u00ff'.repeat(40)}`,
    `${'a=b; '.repeat(2_000)}pendamping_token=nope`,
    `pendamping_token=${'x'.repeat(20_000)}`,
  ];
  const generated = Array.from({ length: count }, () => {
    const value =
      next() < 0.5
        ? pick(cookies)
        : Array.from({ length: 1 + int(20) }, () =>
            String.fromCharCode(int(next() < 0.9 ? 128 : 256)),
          ).join('');
    const target = next() < 0.5 ? '/' : hostileTarget();
    return `GET ${target} HTTP/1.1\r\n${hostHeader()}Cookie: ${value}\r\n\r\n`;
  });
  return [...fixed, ...generated];
}

function badUpgrades(count: number): string[] {
  const key = (): string => randomBytes(16).toString('base64');
  const origin = `Origin: ${host.origin}\r\n`;
  const parts = {
    path: ['/api', '//[', '/api?x=%zz', '/API', '/api/%2e%2e%2f', 'http://[/api'],
    upgrade: ['websocket', 'h2c', 'websocket, foo', '', 'WebSocket\u0000'],
    version: ['13', '99', '', 'thirteen'],
    key: [key(), 'x', '', '====', 'a'.repeat(200)],
    cookie: [cookie(), '', 'Cookie: pendamping_token=wrong\r\n', 'Cookie: ;;=\r\n'],
    origin: [origin, '', 'Origin: http://evil.example\r\n', `Origin: ${host.origin}.example\r\n`],
    extra: [
      '',
      'Sec-WebSocket-Protocol: ,,,\r\n',
      'Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits=99\r\n',
      'Sec-WebSocket-Extensions: ;;;\r\n',
    ],
    method: ['GET', 'POST', 'PUT'],
  };
  const requests: string[] = [];
  while (requests.length < count) {
    const p = {
      path: pick(parts.path),
      upgrade: pick(parts.upgrade),
      version: pick(parts.version),
      key: pick(parts.key),
      cookie: pick(parts.cookie),
      origin: pick(parts.origin),
      extra: pick(parts.extra),
      method: pick(parts.method),
    };
    // Leave out the one combination that is a good handshake.
    const good =
      p.path === '/api' &&
      p.upgrade === 'websocket' &&
      p.version === '13' &&
      p.key.length === 24 &&
      p.cookie === cookie() &&
      p.origin === origin &&
      p.extra === '' &&
      p.method === 'GET';
    if (good) continue;
    requests.push(
      `${p.method} ${p.path} HTTP/1.1\r\n${hostHeader()}Connection: Upgrade\r\n` +
        `Upgrade: ${p.upgrade}\r\nSec-WebSocket-Version: ${p.version}\r\n` +
        `Sec-WebSocket-Key: ${p.key}\r\n${p.cookie}${p.origin}${p.extra}\r\n`,
    );
  }
  return requests;
}

/** A client frame (masked unless told otherwise), with whatever header bits the test wants. */
function frame(options: {
  first: number;
  payload: Buffer;
  masked?: boolean;
  declaredLength?: bigint;
}): Buffer {
  const masked = options.masked ?? true;
  const length = options.declaredLength ?? BigInt(options.payload.length);
  let header: Buffer;
  if (length < 126n) header = Buffer.from([options.first, Number(length)]);
  else if (length < 65536n) {
    header = Buffer.alloc(4);
    header.writeUInt8(options.first, 0);
    header.writeUInt8(126, 1);
    header.writeUInt16BE(Number(length), 2);
  } else {
    header = Buffer.alloc(10);
    header.writeUInt8(options.first, 0);
    header.writeUInt8(127, 1);
    header.writeBigUInt64BE(length, 2);
  }
  if (!masked) return Buffer.concat([header, options.payload]);
  header[1] = (header[1] ?? 0) | 0x80;
  const mask = randomBytes(4);
  const body = Buffer.from(options.payload.map((byte, i) => byte ^ (mask[i % 4] ?? 0)));
  return Buffer.concat([header, mask, body]);
}

interface BadFrame {
  bytes: Buffer;
  /** False for the frames the protocol allows without a reply: a pong, a first fragment. */
  answered: boolean;
}

/** Whether a client frame with this first byte gets a reply (a pong or a close frame). */
function isAnswered(first: number, masked: boolean, length: number): boolean {
  const fin = (first & 0x80) !== 0;
  const opcode = first & 0x0f;
  if (!masked || (first & 0x70) !== 0) return true;
  if (opcode === 0xa) return !fin || length > 125;
  if (opcode === 0x1 || opcode === 0x2) return fin;
  return true;
}

function badFrames(count: number): BadFrame[] {
  const text = (s: string): Buffer => Buffer.from(s);
  const fixed = [
    frame({ first: 0x81, payload: text('{"kind":"request"}'), masked: false }),
    frame({ first: 0x83, payload: text('x') }),
    frame({ first: 0x8b, payload: text('x') }),
    frame({ first: 0xc1, payload: text('{}') }),
    frame({ first: 0xa1, payload: text('{}') }),
    frame({ first: 0x89, payload: Buffer.alloc(200) }),
    frame({ first: 0x09, payload: text('ping') }),
    frame({ first: 0x80, payload: text('continuation') }),
    frame({ first: 0x81, payload: Buffer.from([0xc3, 0x28, 0xa0, 0xa1]) }),
    frame({ first: 0x81, payload: Buffer.alloc(0), declaredLength: 2n ** 63n - 1n }),
    frame({ first: 0x82, payload: Buffer.alloc(0), declaredLength: 8n * 1024n * 1024n + 1n }),
    frame({ first: 0x88, payload: Buffer.from([0x03, 0xe7]) }),
    frame({ first: 0x88, payload: Buffer.from([0x03]) }),
    frame({ first: 0x81, payload: text('not json') }),
    frame({ first: 0x82, payload: text('{"kind":"request","id":1,"method":"vault.status"}') }),
  ].map((bytes) => ({ bytes, answered: true }));
  const generated = Array.from({ length: count }, () => {
    const first =
      pick([0x80, 0x80, 0]) |
      pick([0, 0, 0x40, 0x20, 0x10]) |
      pick([0x0, 0x1, 0x2, 0x3, 0x7, 0x8, 0x9, 0xa, 0xb, 0xf]);
    const payload = bytes(int(300));
    const masked = next() < 0.85;
    return {
      bytes: frame({ first, payload, masked }),
      answered: isAnswered(first, masked, payload.length),
    };
  });
  return [...fixed, ...generated];
}

/** Opens a raw API socket with the token and a good handshake; resolves once upgraded. */
function rawApiSocket(bad: BadFrame): Promise<Exchange> {
  const handshake =
    `GET /api HTTP/1.1\r\n${hostHeader()}Connection: Upgrade\r\nUpgrade: websocket\r\n` +
    `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
    `${cookie()}Origin: ${host.origin}\r\n\r\n`;
  // The handshake and the bad frame in one write: the host must sort them out itself.
  return exchange(Buffer.concat([Buffer.from(handshake), bad.bytes]), {
    end: false,
    waitMs: bad.answered ? ANSWER_MS : 300,
    enough: (data) => {
      const end = data.indexOf('\r\n\r\n');
      return end >= 0 && data.length > end + 4;
    },
  });
}

/** Sends one text or binary frame on a proper client socket; resolves with what came back. */
function apiFrame(payload: string | Buffer): Promise<{ response?: unknown; closeCode?: number }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api`, {
      headers: { Cookie: `pendamping_token=${token}`, Origin: host.origin },
    });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error(`no answer to ${String(payload).slice(0, 80)}`));
    }, ANSWER_MS);
    ws.on('open', () => ws.send(payload));
    ws.on('message', (raw: Buffer) => {
      const frame = JSON.parse(raw.toString()) as { kind?: string };
      if (frame.kind !== 'response') return;
      clearTimeout(timer);
      ws.close();
      resolve({ response: frame });
    });
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve({ closeCode: code });
    });
    ws.on('error', reject);
  });
}

function badApiPayloads(count: number): (string | Buffer)[] {
  const methods = ['vault.status', 'vault.unlock', 'cases.get', 'no.such', '', 'x'.repeat(200)];
  const inputs = [42, 'x', [], true];
  const fixed: (string | Buffer)[] = [
    '',
    'null',
    '42',
    '"request"',
    '[]',
    '{}',
    '{"kind":"request"}',
    '{"kind":"request","id":-1,"method":"vault.status","input":{}}',
    '{"kind":"request","id":1.5,"method":"vault.status","input":{}}',
    '{"kind":"request","id":"1","method":"vault.status","input":{}}',
    '{"kind":"response","id":1,"result":{"ok":true}}',
    '{"__proto__":{"kind":"request"}}',
    '['.repeat(100_000),
    `{"kind":"request","id":1,"method":"vault.unlock","input":{"passphrase":"${'x'.repeat(2_000_000)}"}}`,
    Buffer.from('{"kind":"request","id":1,"method":"vault.status","input":{}}'),
    bytes(64),
  ];
  const generated = Array.from({ length: count }, (_, id) => {
    if (next() < 0.3) return bytes(1 + int(64)).toString('latin1');
    return JSON.stringify({
      kind: pick(['request', 'event', 'response', 'request', 'request']),
      id: pick([id, -id - 1, id + 0.5, String(id), null]),
      method: pick(methods),
      input: pick(inputs),
    });
  });
  return [...fixed, ...generated];
}

describe('the web host under malformed input', () => {
  it('answers every malformed request line with an error and keeps serving', async () => {
    await expectEachRefused(badRequestLines(1_200));
    await expectStillServing();
  }, 120_000);

  it('answers malformed headers, oversized headers and bad cookies with an error and keeps serving', async () => {
    await expectEachRefused(badHeaders(800));
    await expectStillServing();
  }, 120_000);

  it('refuses every malformed upgrade with an error and keeps serving', async () => {
    await expectEachRefused(badUpgrades(500));
    await expectStillServing();
  }, 120_000);

  it('answers malformed WebSocket frames with a close frame and keeps serving', async () => {
    const wrong: string[] = [];
    await inBatches(badFrames(500), async (bad) => {
      const { data, closedByServer } = await rawApiSocket(bad);
      const after = data.subarray(data.indexOf('\r\n\r\n') + 4);
      const answered = after.length > 0 || closedByServer;
      if (status(data) !== 101 || answered !== bad.answered) {
        wrong.push(
          `${status(data)} ${after.toString('hex', 0, 8)} for ${bad.bytes.toString('hex', 0, 12)}`,
        );
      }
    });
    expect(wrong).toEqual([]);
    await expectStillServing();
  }, 120_000);

  it('answers each malformed API frame with an error response or a closed socket, and keeps serving', async () => {
    const wrong: string[] = [];
    await inBatches(badApiPayloads(600), async (payload) => {
      const answer = await apiFrame(payload);
      const result = (answer.response as { result?: { ok?: boolean } } | undefined)?.result;
      const refused = result?.ok === false || (answer.closeCode ?? 0) >= 1002;
      if (!refused) wrong.push(`${JSON.stringify(answer)} for ${String(payload).slice(0, 80)}`);
    });
    expect(wrong).toEqual([]);
    await expectStillServing();
  }, 120_000);

  it('survives connections dropped halfway through a request or a handshake', async () => {
    const halves = [
      'GET //[',
      'GET / HTTP/1.1\r\nCookie: pendamping_',
      `GET /api HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n${cookie()}`,
    ];
    await inBatches(
      Array.from({ length: 300 }, () => pick(halves)),
      async (half) => {
        await new Promise<void>((resolve) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.write(half);
            socket.resetAndDestroy();
          });
          socket.on('error', () => resolve());
          socket.on('close', () => resolve());
        });
      },
    );
    await expectStillServing();
  }, 120_000);
});
