import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_API_FRAME_BYTES } from '../../shared/api/wire';
import type { Core } from '../core';
import type { Logger } from '../core/log';
import { readStatic, SECURITY_HEADERS } from './static-files';
import { COOKIE_NAME, cookieValue, newToken, tokensMatch } from './token';

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  log: Logger;
  /** 0 picks a free port. */
  port?: number;
}

const CLOSE = 'Connection: close\r\nContent-Length: 0\r\n\r\n';
const CLIENT_ERROR_STATUS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/** The code of an error, never its message: a message may quote what the client sent. */
function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const EXPORT_PATH = /^\/export\/([0-9a-f]{32})$/;

/** RFC 6266: an ASCII name for old readers, the exact one in UTF-8 for the rest. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface WebHost {
  url: string;
  /** The address to open once; it trades the token for a cookie. */
  launchUrl: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the core's API on 127.0.0.1. A random per-launch token guards
 * both: the first request brings it in the query and gets it back as an HttpOnly cookie; any
 * request or socket without it, or from another origin, is refused.
 *
 * Nothing a client sends may end the process: any page on the machine can reach a loopback port,
 * so a malformed request line, header, upgrade or frame is answered with an error (or the
 * connection closed) and the host carries on. tests/webhost/web-host-survives-bad-input.test.ts
 * throws a few thousand of them at it.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core, rendererDir, log } = options;
  const token = newToken();
  let origin = '';

  const authorised = (req: IncomingMessage): boolean =>
    tokensMatch(token, cookieValue(req.headers.cookie, COOKIE_NAME));

  /**
   * The request target as a URL on our origin, or nothing for one that is not a path or that
   * `URL` cannot read (`//[` would otherwise be taken for a host and throw).
   */
  const requestUrl = (req: IncomingMessage): URL | undefined => {
    const target = req.url ?? '';
    if (!target.startsWith('/')) return undefined;
    try {
      return new URL(origin + target);
    } catch {
      return undefined;
    }
  };

  const http = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
      log.error({ code: errorCode(error) }, 'web host failed a request');
      if (res.headersSent) res.destroy();
      else res.writeHead(500, SECURITY_HEADERS).end();
    });
  });
  // Node's parser refused the request (its line, a header, its size): answer, then close.
  http.on('clientError', (error: Error, socket: Duplex) => {
    const code = errorCode(error);
    if (code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(`HTTP/1.1 ${CLIENT_ERROR_STATUS[code ?? ''] ?? '400 Bad Request'}\r\n${CLOSE}`);
  });
  // A proxy request (CONNECT) is nothing this host serves; without a listener Node drops it unanswered.
  http.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\n${CLOSE}`);
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_API_FRAME_BYTES });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    if (!url) {
      res.writeHead(400, SECURITY_HEADERS).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    if (tokensMatch(token, url.searchParams.get('token'))) {
      res
        .writeHead(303, {
          ...SECURITY_HEADERS,
          'Set-Cookie': `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: '/',
        })
        .end();
      return;
    }
    if (!authorised(req)) {
      res
        .writeHead(401, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Pendamping: open the address printed by the web host (it carries the token).\n');
      return;
    }
    const ticket = EXPORT_PATH.exec(url.pathname)?.[1];
    if (ticket) {
      serveExport(req, res, ticket);
      return;
    }
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /**
   * A file made for export leaves as a download the person started (issue #14, item 6): taken
   * from the core once (which records it), never cached, never shown inline. A HEAD request
   * does not take it.
   */
  function serveExport(req: IncomingMessage, res: ServerResponse, ticket: string): void {
    const file = req.method === 'GET' ? core.takeExport(ticket) : undefined;
    if (!file) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.mediaType,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': attachment(file.fileName),
      'Cache-Control': 'no-store',
    });
    res.end(file.bytes);
  }

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands an upgrading socket over without an error listener: a reset must not crash us.
    socket.on('error', () => socket.destroy());
    const path = requestUrl(req)?.pathname;
    if (path !== '/api' || !authorised(req) || req.headers.origin !== origin) {
      log.warn({ path }, 'web host refused a socket');
      socket.end(
        `HTTP/1.1 ${path === undefined ? '400 Bad Request' : '401 Unauthorized'}\r\n${CLOSE}`,
      );
      return;
    }
    // ws answers a bad handshake (method, key, version, protocols) with a 4xx itself.
    sockets.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });

  function serveSocket(ws: WebSocket): void {
    const unsubscribe = core.events.subscribe((frame) => ws.send(JSON.stringify(frame)));
    ws.on('close', unsubscribe);
    // A frame that breaks the protocol: ws has already sent a close frame with the reason; an
    // 'error' event nobody listens to would end the process.
    ws.on('error', (error) => log.warn({ code: errorCode(error) }, 'web host closed a bad socket'));
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        ws.close(1003, 'text frames only');
        return;
      }
      let frame: unknown;
      try {
        frame = JSON.parse(String(data));
      } catch {
        ws.close(1007, 'malformed frame');
        return;
      }
      core.dispatch(frame).then(
        (response) => {
          if (response === null) ws.close(1008, 'malformed frame');
          else if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response));
        },
        (error: unknown) => {
          log.error({ code: errorCode(error) }, 'web host failed a frame');
          ws.close(1011, 'internal error');
        },
      );
    });
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    launchUrl: `${origin}/?token=${token}`,
    port,
    async close() {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
