import { BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { OriginPolicy } from './app-origin';

/**
 * Whether an IPC message comes from the app's own page: the top frame (an iframe, even one on our
 * origin, gets nothing) of a window this app made, showing the app's origin. Every handler in main
 * asks this first, because any frame Chromium runs can send on any channel.
 */
export function isFromAppPage(
  event: IpcMainEvent | IpcMainInvokeEvent,
  policy: OriginPolicy,
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !policy.isAppPage(frame.url)) return false;
  return BrowserWindow.fromWebContents(event.sender) !== null;
}
