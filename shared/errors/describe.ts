/**
 * How an error is described, written once (issue #15, item 3). Two kinds, because a message can
 * quote client data (a SQLite constraint names the value, a parse error quotes the text):
 *
 * - `errorName` is safe for any log: the error's class, and its code when it has a string one
 *   (`SqliteError SQLITE_BUSY`, `Error ENOENT`); never the message.
 * - `errorMessage` is the message, for errors that carry no client data (a socket that could not
 *   connect, a relay that refused) and are shown or passed on as such.
 */
export function errorName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.name} ${code}` : error.name;
  }
  return typeof error;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
