import WebSocket from 'ws';
import {
  decodeServerFrame,
  encodeClientFrame,
  EntryKind,
  ErrorCode,
  type ClientFrame,
  type EntryHeader,
  type OutEntry,
  type ServerFrame,
} from '../../../shared/sync';
import { newId, signAuth, signEntry } from '../../../electron/core/sync/identity';
import { sealPayload } from '../../../electron/core/sync/envelope';
import type { AccountSecrets } from '../../../electron/core/vault';

/** A hand-driven protocol connection, for feeding the server exactly the bytes a test wants. */
export class RawConnection {
  readonly frames: ServerFrame[] = [];
  closeCode: number | undefined;
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      try {
        this.frames.push(decodeServerFrame(new Uint8Array(data)));
      } catch {
        this.frames.push({
          t: 'error',
          code: ErrorCode.BadFrame,
          reason: 'client could not decode',
        });
      }
      this.wake();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.wake();
    });
    ws.on('error', () => undefined);
  }

  /** `options`: e.g. `localAddress: '127.0.0.2'` to come from another loopback address. */
  static async open(url: string, options: WebSocket.ClientOptions = {}): Promise<RawConnection> {
    const ws = new WebSocket(url, { perMessageDeflate: false, ...options });
    const conn = new RawConnection(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    await conn.next('challenge');
    return conn;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const fn of w) fn();
  }

  /** Waits for a frame of type `t` (or throws when the socket closes first). */
  async next<T extends ServerFrame['t']>(
    t: T,
    timeoutMs = 5000,
  ): Promise<Extract<ServerFrame, { t: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.frames.findIndex((f) => f.t === t);
      if (at >= 0) return this.frames.splice(at, 1)[0] as Extract<ServerFrame, { t: T }>;
      if (this.closeCode !== undefined) throw new Error(`closed (${this.closeCode}) before ${t}`);
      if (Date.now() > deadline) throw new Error(`no ${t} frame in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async closed(timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === undefined) {
      if (Date.now() > deadline) throw new Error('the server did not close the connection');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closeCode;
  }

  send(frame: ClientFrame | Uint8Array): void {
    this.ws.send(frame instanceof Uint8Array ? frame : encodeClientFrame(frame));
  }

  close(): void {
    this.ws.close();
  }
}

/** Opens a connection and authenticates as a member; returns the auth frame's bytes too. */
export async function authenticate(
  url: string,
  teamId: Uint8Array,
  secrets: Pick<AccountSecrets, 'signKeyPair'>,
  options: WebSocket.ClientOptions = {},
): Promise<{ conn: RawConnection; authBytes: Uint8Array }> {
  const { conn, challenge } = await challenged(url, options);
  const authBytes = encodeClientFrame({
    t: 'auth',
    teamId,
    signPk: secrets.signKeyPair.publicKey,
    sig: signAuth(
      {
        purpose: 'auth',
        serverId: challenge.serverId,
        nonce: challenge.nonce,
        teamId,
        signPk: secrets.signKeyPair.publicKey,
      },
      secrets.signKeyPair.privateKey,
    ),
  });
  conn.send(authBytes);
  return { conn, authBytes };
}

/** Asks the relay to create a new team, correctly signed; the connection carries its answer. */
export async function askToCreateTeam(
  url: string,
  secrets: Pick<AccountSecrets, 'signKeyPair' | 'boxKeyPair'>,
): Promise<RawConnection> {
  const { conn, challenge } = await challenged(url);
  const teamId = newId();
  const signPk = secrets.signKeyPair.publicKey;
  const boxPk = secrets.boxKeyPair.publicKey;
  const base = { serverId: challenge.serverId, nonce: challenge.nonce, teamId, signPk };
  conn.send({
    t: 'create-team',
    teamId,
    signPk,
    boxPk,
    sig: signAuth({ purpose: 'create-team', ...base, boxPk }, secrets.signKeyPair.privateKey),
  });
  return conn;
}

/** A socket whose challenge has been read, wrapped for the frames that follow. */
async function challenged(
  url: string,
  options: WebSocket.ClientOptions = {},
): Promise<{ conn: RawConnection; challenge: Extract<ServerFrame, { t: 'challenge' }> }> {
  const ws = new WebSocket(url, { perMessageDeflate: false, ...options });
  const challenge = await new Promise<Extract<ServerFrame, { t: 'challenge' }>>(
    (resolve, reject) => {
      ws.once('message', (data: Buffer) => {
        const f = decodeServerFrame(new Uint8Array(data));
        if (f.t === 'challenge') resolve(f);
        else reject(new Error('expected a challenge'));
      });
      ws.once('error', reject);
    },
  );
  return { conn: wrap(ws), challenge };
}

function wrap(ws: WebSocket): RawConnection {
  // RawConnection's constructor is private to keep `open` the usual way in; tests that have
  // already read the challenge wrap the socket here.
  const Ctor = RawConnection as unknown as new (ws: WebSocket) => RawConnection;
  return new Ctor(ws);
}

/** A well-formed, correctly signed update entry under `key`. */
export function signedEntry(input: {
  teamId: Uint8Array;
  secrets: Pick<AccountSecrets, 'signKeyPair'>;
  docId: string;
  scopeId: string;
  keyId: string;
  key: Uint8Array;
  update: Uint8Array;
  /** The author's number for this update in the document (author-sequences.ts). */
  seq?: number;
}): OutEntry {
  const header: EntryHeader = {
    kind: EntryKind.Update,
    docId: input.docId,
    scopeId: input.scopeId,
    updateId: newId(),
    keyId: input.keyId,
    aux: 0,
  };
  const sequence = input.seq !== undefined ? { seq: input.seq } : undefined;
  const body = sealPayload(input.update, header, input.key, true, sequence);
  const sig = signEntry(input.teamId, header, body, input.secrets.signKeyPair.privateKey);
  return { ...header, sig, body };
}
