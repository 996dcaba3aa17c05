import { resolveStaticPath } from '../webhost/static-files';

/**
 * Where the desktop app's page comes from, and so what it may load, where it may go and who may
 * talk to the core. Pure (no `electron` import) so every rule runs under Vitest.
 *
 * The page is served from `app://pendamping/`, a standard and secure custom scheme: it has a real
 * origin for the CSP's 'self' to mean, unlike file://, where every file on the disk shares one.
 * In development (an unpackaged app started with ELECTRON_RENDERER_URL) the page comes from the
 * dev server instead. Origins are compared exactly (scheme, host and port), never by prefix:
 * `http://localhost:5173.example` must not pass for `http://localhost:5173`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'pendamping';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The privileges the scheme is registered with, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const;

export type Layout = 'packaged' | 'preview' | 'development';

export interface Launch {
  isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  rendererUrl?: string | undefined;
}

export interface OriginPolicy {
  layout: Layout;
  /** The page each window opens. */
  startUrl: string;
  /** DevTools open (and appear in the View menu) only in an unpackaged app. */
  devTools: boolean;
  /** Whether any request (page, script, image, socket) to this URL may go out. */
  mayLoad(url: string): boolean;
  /** Whether a frame may navigate or be redirected to this URL. */
  mayNavigate(url: string): boolean;
  /** Whether a frame at this URL is the app's own page: it may use IPC and get the core's port. */
  isAppPage(url: string): boolean;
}

interface Origin {
  protocol: string;
  host: string;
}

const APP_ORIGIN: Origin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** The dev server's page scheme and the scheme of its hot-reload socket. */
const SOCKET_SCHEME: Record<string, string> = { 'http:': 'ws:', 'https:': 'wss:' };

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Scheme and host (with port). Hosts are lowercased because Chromium lowercases them for standard
 * schemes while Node does so only for http(s). A URL carrying a user name or password is no
 * origin of ours.
 */
function originOf(url: string): Origin | undefined {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password || !parsed.host) return undefined;
  return { protocol: parsed.protocol, host: parsed.host.toLowerCase() };
}

const sameOrigin = (a: Origin | undefined, b: Origin): boolean =>
  a !== undefined && a.protocol === b.protocol && a.host === b.host;

/**
 * The dev server, if this launch may use one: only in an unpackaged app, and only on a loopback
 * address over http(s), because the page it serves receives the core's port.
 */
function devServer(launch: Launch): URL | undefined {
  if (launch.isPackaged || !launch.rendererUrl) return undefined;
  const url = parse(launch.rendererUrl);
  if (!url || !(url.protocol in SOCKET_SCHEME) || url.username || url.password) return undefined;
  return LOOPBACK_HOSTS.has(url.hostname) ? url : undefined;
}

export function originPolicy(launch: Launch): OriginPolicy {
  const dev = devServer(launch);
  const devTools = !launch.isPackaged;
  const layout: Layout = launch.isPackaged ? 'packaged' : dev ? 'development' : 'preview';
  const page: Origin = dev ? { protocol: dev.protocol, host: dev.host } : APP_ORIGIN;
  const devSocket: Origin | undefined = dev && {
    protocol: SOCKET_SCHEME[dev.protocol] ?? '',
    host: dev.host,
  };

  const isAppPage = (url: string): boolean => sameOrigin(originOf(url), page);
  return {
    layout,
    startUrl: dev ? dev.href : APP_START_URL,
    devTools,
    isAppPage,
    mayNavigate: isAppPage,
    mayLoad(url) {
      const origin = originOf(url);
      if (sameOrigin(origin, page) || sameOrigin(origin, APP_ORIGIN)) return true;
      if (devSocket && sameOrigin(origin, devSocket)) return true;
      // Inline images the page's CSP allows; they reach no network.
      if (url.startsWith('data:')) return true;
      return devTools && url.startsWith('devtools://');
    },
  };
}

/** The file under the built renderer that an app:// request asks for, or nothing. */
export function appFilePath(rendererRoot: string, requestUrl: string): string | undefined {
  const url = parse(requestUrl);
  if (!url || !sameOrigin(originOf(requestUrl), APP_ORIGIN)) return undefined;
  return resolveStaticPath(rendererRoot, url.pathname);
}
