import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core, rendererDir, log } = options;
  const token = newToken();
  let origin = '';

  const authorised = (req: IncomingMessage): boolean =>
    tokensMatch(token, cookieValue(req.headers.cookie, COOKIE_NAME));

  const http = createServer((req, res) => void handleHttp(req, res));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_API_FRAME_BYTES });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
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
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, SECURITY_HEADERS).end();
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path !== '/api' || !authorised(req) || req.headers.origin !== origin) {
      log.warn({ path }, 'web host refused a socket');
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });

  function serveSocket(ws: WebSocket): void {
    const unsubscribe = core.events.subscribe((frame) => ws.send(JSON.stringify(frame)));
    ws.on('close', unsubscribe);
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
      void core.dispatch(frame).then((response) => {
        if (response === null) ws.close(1008, 'malformed frame');
        else if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response));
      });
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
