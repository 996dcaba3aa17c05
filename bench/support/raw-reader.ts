import WebSocket from 'ws';
import * as Y from 'yjs';
import { decodeServerFrame, encodeClientFrame } from '../../shared/sync';
import { signAuth } from '../../electron/core/sync/identity';
import type { AccountSecrets } from '../../electron/core/vault';
import { signedEntry } from '../../tests/server/support/raw';

/** A raw, authenticated, live connection that only counts the entries it receives. */
export async function rawReader(
  url: string,
  teamId: Uint8Array,
  secrets: Pick<AccountSecrets, 'signKeyPair'>,
  onEntries: (count: number) => void,
): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((res, rej) => {
    ws.on('message', (data: Buffer) => {
      const f = decodeServerFrame(new Uint8Array(data));
      if (f.t === 'challenge') {
        const signPk = secrets.signKeyPair.publicKey;
        const sig = signAuth(
          { purpose: 'auth', serverId: f.serverId, nonce: f.nonce, teamId, signPk },
          secrets.signKeyPair.privateKey,
        );
        ws.send(encodeClientFrame({ t: 'auth', teamId, signPk, sig }));
      } else if (f.t === 'welcome') {
        ws.send(
          encodeClientFrame({ t: 'pull', requestId: 1, cursor: f.teamSeq, scopeId: '', flags: 0 }),
        );
      } else if (f.t === 'synced') {
        res();
      } else if (f.t === 'entries') {
        onEntries(f.entries.length);
      } else if (f.t === 'error') {
        rej(new Error(f.reason));
      }
    });
    ws.on('error', rej);
  });
  return ws;
}

/**
 * `count` one-character edits of one document as push frames of one pre-signed entry each, so a
 * measurement times the relay (verify, store, fan out), not the client's crypto.
 */
export function oneEntryPushes(options: {
  teamId: Uint8Array;
  secrets: AccountSecrets;
  docId: string;
  scopeId: string;
  keyId: string;
  key: Uint8Array;
  count: number;
}): Uint8Array[] {
  const { count, ...entry } = options;
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) source.getText('body').insert(i, 'y');
  return updates.map((update) =>
    encodeClientFrame({ t: 'push', entries: [signedEntry({ ...entry, update })] }),
  );
}
