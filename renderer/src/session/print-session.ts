interface DesktopBridge {
  printToPdf(suggestedName: string): Promise<boolean>;
}

declare global {
  interface Window {
    pendampingDesktop?: DesktopBridge;
  }
}

/**
 * The printable session record: saved as a PDF by Electron on the desktop, the browser's print
 * dialog elsewhere (which can save a PDF too). The same print stylesheet shapes both.
 */
export async function printSession(alias: string): Promise<void> {
  if (window.pendampingDesktop) await window.pendampingDesktop.printToPdf(alias);
  else window.print();
}
