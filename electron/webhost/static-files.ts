import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Headers for every page and file either host serves (the web host over HTTP, the desktop app
 * over app://): the renderer's own policy again as a header, so a stray file cannot widen it.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

export interface StaticFile {
  body: Buffer;
  type: string;
}

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `root`, or to nothing. Both hosts serve the built renderer
 * through this one rule. Each segment is decoded on its own and refused when it could step or
 * reach outside the root once decoded: `.` and `..`, an encoded `/` (`%2e%2e%2f`), a backslash (a
 * separator on Windows), a NUL, or a colon (a drive or stream on Windows). The query and hash are
 * not part of the file.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  const path = urlPath.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return undefined;
    segments.push(segment);
  }
  const base = resolve(root);
  const file = resolve(base, ...(segments.length > 0 ? segments : ['index.html']));
  // Belt and braces: whatever the segments were, the file must sit under the root.
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return file;
}

/** Reads a file that `resolveStaticPath` allowed; anything else, or a folder, is not found. */
export async function readStaticFile(file: string | undefined): Promise<StaticFile | undefined> {
  if (!file) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return { body: await readFile(file), type: contentType(file) };
  } catch {
    return undefined;
  }
}

/** The built renderer's file for a URL path, if there is one. */
export function readStatic(root: string, urlPath: string): Promise<StaticFile | undefined> {
  return readStaticFile(resolveStaticPath(root, urlPath));
}
