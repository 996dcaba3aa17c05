import { app, session, type WebContents } from 'electron';

/** Hardening that applies to every window: no navigation, no new windows, no permissions. */
export function hardenApp(isAppUrl: (url: string) => boolean): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
      callback(false),
    );
    session.defaultSession.setPermissionCheckHandler(() => false);
    // No remote content: anything that is not the app's own bundle is cancelled.
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('devtools://') });
    });
  });
}
