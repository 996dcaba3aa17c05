interface DesktopBridge {
  /** Asks where to save a file the core made, then has main take it from the core (issue #14). */
  saveExport?(ticket: string, suggestedName: string, mediaType: string): Promise<boolean>;
}

declare global {
  interface Window {
    pendampingDesktop?: DesktopBridge;
  }
}

/**
 * The printable session record, through the system's print dialog (which can also save a PDF);
 * the print stylesheet shapes it. A print is an export too (issue #14, item 6): the core records
 * it in the case's audit trail first, and the page prints only once that is done.
 */
export async function printSession(recordPrint: () => Promise<unknown>): Promise<void> {
  await recordPrint();
  window.print();
}
