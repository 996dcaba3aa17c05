import { app, type Session, type WebContents } from 'electron';
import type { OriginPolicy } from './app-origin';

/**
 * Hardening for every web contents the app ever makes: no new windows, no webviews, no navigation
 * away from the app's page. Runs before the app is ready.
 */
export function hardenContents(policy: OriginPolicy): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    const refuseForeign = (details: { url: string; preventDefault(): void }): void => {
      if (!policy.mayNavigate(details.url)) details.preventDefault();
    };
    // will-frame-navigate covers iframes as well as the top frame; will-navigate is kept for
    // the top frame in case a Chromium update changes which of the two fires.
    contents.on('will-navigate', refuseForeign);
    contents.on('will-frame-navigate', refuseForeign);
    contents.on('will-redirect', refuseForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** No permission is ever granted, and nothing but the app's own files may load. */
export function hardenSession(session: Session, policy: OriginPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.mayLoad(details.url) });
  });
}
