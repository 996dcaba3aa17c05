/**
 * Child process for crash-safety.test.ts: appends encrypted updates in a loop and prints
 * "<seq> <payload>" for each one after appendUpdate has returned (i.e. acknowledged). The parent
 * kills it with SIGKILL at a random moment.
 *
 * Usage: crash-writer.ts <dbFile> <keyHex> <round>
 */
import { writeSync } from 'node:fs';
import { initSodium } from '../../../../electron/core/crypto';
import { Store } from '../../../../electron/core/store';
import { singleKey } from './keys';

async function main(): Promise<void> {
  const [dbFile, keyHex, round] = process.argv.slice(2);
  if (!dbFile || !keyHex || round === undefined) throw new Error('usage: dbFile keyHex round');
  await initSodium();
  const store = Store.open(dbFile, singleKey(Uint8Array.from(Buffer.from(keyHex, 'hex'))));
  writeSync(1, 'ready\n');
  const docs = ['crash-doc-a', 'crash-doc-b', 'crash-doc-c'];
  for (let i = 0; ; i++) {
    const payload = `r${round}-u${i}`;
    const docId = docs[i % docs.length] ?? 'crash-doc-a';
    const seq =
      i % 5 === 4
        ? (store.appendUpdates(docId, [new TextEncoder().encode(payload)])[0] ?? -1)
        : store.appendUpdate(docId, new TextEncoder().encode(payload));
    // writeSync: the line reaches the pipe before the next write starts.
    writeSync(1, `${seq} ${docId} ${payload}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
