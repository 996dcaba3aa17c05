import { protocol } from 'electron';
import { readStaticFile, SECURITY_HEADERS } from '../webhost/static-files';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appFilePath } from './app-origin';

/** Must run before the app is ready: Chromium fixes its scheme table at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

/** Serves the built renderer on app://pendamping/, the same files and headers as the web host. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererRoot, request));
}

export async function appResponse(
  rendererRoot: string,
  request: { method: string; url: string },
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: SECURITY_HEADERS });
  }
  const file = await readStaticFile(appFilePath(rendererRoot, request.url));
  if (!file) return new Response(null, { status: 404, headers: SECURITY_HEADERS });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': file.type },
  });
}
