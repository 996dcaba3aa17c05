import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll } from 'vitest';
import { initSodium, randomBytes, randomKey } from '../../../electron/core/crypto';
import { DocumentStore, STORE_ORIGIN } from '../../../electron/core/docs';
import { Store, type KeyProvider } from '../../../electron/core/store';
import {
  createTeam,
  joinTeam,
  SyncClient,
  trackLocalEdits,
  type SyncClientOptions,
  type SyncKeySource,
} from '../../../electron/core/sync';
import type { WebSocketFactory } from '../../../electron/core/sync/transport';
import { generateSecrets } from '../../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../../electron/core/vault';
import type { EnvelopeKey } from '../../../shared/sync/identity';
import { SqliteStorage, SyncServer, silentServerLogger } from '../../../server';
import type { SyncStorage } from '../../../server/storage/types';

export function tempDir(label = 'pendamping-sync-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), label));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startServer(
  dir: string,
  storage?: SyncStorage,
  port = 0,
): Promise<SyncServer> {
  await initSodium();
  return SyncServer.start({
    storage: storage ?? new SqliteStorage(join(dir, 'relay')),
    log: silentServerLogger(),
    port,
    // Every suite builds its teams on this relay.
    allowTeamCreation: true,
    // Whole teams of simulated devices share 127.0.0.1: the per-address limits are off here and
    // tested on their own (tests/server/rate-limits.test.ts); per-connection limits stay on.
    limits: { connections: null, authFailures: null, teamCreations: null, joins: null },
  });
}

/** A relay for one describe block: started before its tests, stopped and removed after. */
export function relayForSuite(): { readonly server: SyncServer; readonly dir: string } {
  let server: SyncServer | undefined;
  let tmp: ReturnType<typeof tempDir> | undefined;
  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer(tmp.dir);
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.cleanup();
  });
  return {
    get server() {
      if (!server) throw new Error('the relay is not started yet');
      return server;
    },
    get dir() {
      if (!tmp) throw new Error('the relay is not started yet');
      return tmp.dir;
    },
  };
}

/** A per-device local key provider, like the app's keyring for the store. */
export class LocalKeys implements KeyProvider {
  private readonly key = randomKey();
  writeKey(): { keyId: string; key: Uint8Array } {
    return { keyId: 'local-1', key: this.key };
  }
  readKey(_docId: string, keyId: string): Uint8Array | undefined {
    return keyId === 'local-1' ? this.key : undefined;
  }
}

/** Case keys of one device: scope → current key id and every key it holds. */
export class CaseKeys implements SyncKeySource {
  readonly docScope = new Map<string, string>();
  readonly keys = new Map<string, Map<string, Uint8Array>>();
  readonly current = new Map<string, string>();

  add(scopeId: string, keyId: string, key: Uint8Array, makeCurrent = true): void {
    let m = this.keys.get(scopeId);
    if (!m) this.keys.set(scopeId, (m = new Map()));
    m.set(keyId, key);
    if (makeCurrent || !this.current.has(scopeId)) this.current.set(scopeId, keyId);
  }

  /** A new current key, numbered as the core numbers a rotation (one above the scope's keys). */
  rotate(scopeId: string): EnvelopeKey {
    const keyId = Buffer.from(randomBytes(8)).toString('hex');
    const key = randomKey();
    const generation = (this.keys.get(scopeId)?.size ?? 0) + 1;
    this.add(scopeId, keyId, key);
    return { scopeId, keyId, key, generation };
  }

  currentKey(docId: string): { keyId: string; key: Uint8Array } | undefined {
    const scope = this.docScope.get(docId);
    const keyId = scope && this.current.get(scope);
    const key = scope && keyId ? this.keys.get(scope)?.get(keyId) : undefined;
    return keyId && key ? { keyId, key } : undefined;
  }

  keyById(docId: string, keyId: string): Uint8Array | undefined {
    const scope = this.docScope.get(docId);
    return scope ? this.keys.get(scope)?.get(keyId) : undefined;
  }

  scopeOf(docId: string): string | undefined {
    return this.docScope.get(docId);
  }
}

export interface DeviceOptions {
  dir: string;
  name: string;
  url: string;
  teamId: Uint8Array;
  secrets: AccountSecrets;
  keys?: CaseKeys;
  factory?: WebSocketFactory;
  client?: Partial<SyncClientOptions>;
}

/** One device: its own notebook database, documents, case keys and sync client. */
export class Device {
  readonly store: Store;
  readonly docs: DocumentStore;
  readonly client: SyncClient;
  readonly keys: CaseKeys;
  readonly received: Array<{ docId: string; bytes: number }> = [];
  private readonly tracked = new Set<string>();
  /** Every local update this device made (for the "nothing lost" oracle). */
  readonly localUpdates: Uint8Array[] = [];

  constructor(readonly options: DeviceOptions) {
    const localKeys = new LocalKeys();
    this.store = Store.open(join(options.dir, `${options.name}.sqlite`), localKeys, {
      durability: 'normal',
    });
    this.docs = new DocumentStore(this.store);
    this.keys = options.keys ?? new CaseKeys();
    this.client = new SyncClient({
      url: options.url,
      // Relay tests exercise routing and storage, so they take the relay's member list as it
      // is; the signed roster's checks are tested in tests/core/team and tests/adversary.
      trusted: { member: (no) => this.client.members().find((m) => m.memberNo === no) },
      teamId: options.teamId,
      secrets: options.secrets,
      keys: this.keys,
      db: this.store.database,
      localKeys,
      sink: (docId, update) => {
        this.received.push({ docId, bytes: update.length });
        this.docs.applyUpdate(docId, update);
      },
      onKey: ({ scopeId, keyId, key }) => this.keys.add(scopeId, keyId, key),
      snapshotOf: (docId) => Y.encodeStateAsUpdate(this.docs.open(docId)),
      batchDelayMs: 5,
      backoff: { baseMs: 10, maxMs: 150 },
      ...(options.factory ? { webSocketFactory: options.factory } : {}),
      ...options.client,
    });
  }

  doc(docId: string): Y.Doc {
    const doc = this.docs.open(docId);
    if (!this.tracked.has(docId)) {
      this.tracked.add(docId);
      trackLocalEdits(doc, docId, this.client);
      doc.on('update', (u: Uint8Array, origin: unknown) => {
        if (origin !== STORE_ORIGIN) this.localUpdates.push(u);
      });
    }
    return doc;
  }

  text(docId: string): string {
    return this.doc(docId).getText('body').toString();
  }

  edit(docId: string, fn: (text: Y.Text) => void): void {
    this.doc(docId);
    this.docs.transact(docId, (doc) => fn(doc.getText('body')));
  }

  async close(): Promise<void> {
    await this.client.stop();
    this.docs.closeAll();
    this.store.close();
  }
}

let teamCounter = 0;

/** A team on `url`: a supervisor (creator) and `counselors` joined by invite, sharing one scope key. */
export async function makeTeam(
  dir: string,
  url: string,
  counselors: number,
  options: {
    factory?: WebSocketFactory;
    client?: Partial<SyncClientOptions>;
    sharedKeys?: boolean;
    /** Device i connects to urls[i % urls.length] (several relay processes on one database). */
    urls?: string[];
  } = {},
): Promise<{ teamId: Uint8Array; devices: Device[]; scopeId: string; secrets: AccountSecrets[] }> {
  await initSodium();
  const n = ++teamCounter;
  const supervisorSecrets = generateSecrets();
  const team = await createTeam({ url, secrets: supervisorSecrets });
  const secrets = [supervisorSecrets];
  const shared = new CaseKeys();
  const scopeId = Buffer.from(randomBytes(16)).toString('hex');
  shared.rotate(scopeId);
  const supervisorKeys = options.sharedKeys === false ? new CaseKeys() : shared;
  if (options.sharedKeys === false) {
    for (const [keyId, key] of shared.keys.get(scopeId) ?? [])
      supervisorKeys.add(scopeId, keyId, key);
  }
  const devices = [
    new Device({
      dir,
      name: `t${n}-supervisor`,
      url: options.urls?.[0] ?? url,
      teamId: team.teamId,
      secrets: supervisorSecrets,
      keys: supervisorKeys,
      ...(options.factory ? { factory: options.factory } : {}),
      ...(options.client ? { client: options.client } : {}),
    }),
  ];
  devices[0]?.client.start();
  await devices[0]?.client.whenIdle();
  const memberNos: number[] = [];
  for (let i = 0; i < counselors; i++) {
    const invite = await (devices[0] as Device).client.createInvite('counselor');
    const s = generateSecrets();
    secrets.push(s);
    memberNos.push((await joinTeam({ code: invite.code, secrets: s })).memberNo);
    devices.push(
      new Device({
        dir,
        name: `t${n}-counselor-${i}`,
        url: options.urls?.[(i + 1) % options.urls.length] ?? url,
        teamId: team.teamId,
        secrets: s,
        keys: options.sharedKeys === false ? new CaseKeys() : shared,
        ...(options.factory ? { factory: options.factory } : {}),
        ...(options.client ? { client: options.client } : {}),
      }),
    );
  }
  // The supervisor owns the shared scope and lets every counselor in.
  await (devices[0] as Device).client.setScopeMembers(scopeId, memberNos);
  await devices[0]?.client.stop();
  return { teamId: team.teamId, devices, scopeId, secrets };
}

/** A small deterministic PRNG (mulberry32) so every failing seed can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The text every device must end with: all local updates of all devices, merged. */
export function expectedText(devices: Device[]): string {
  const doc = new Y.Doc();
  for (const d of devices) for (const u of d.localUpdates) Y.applyUpdate(doc, u);
  return doc.getText('body').toString();
}

export async function allIdle(devices: Device[], timeoutMs = 20_000): Promise<void> {
  for (const d of devices) d.client.flush();
  await Promise.all(devices.map((d) => d.client.whenIdle(timeoutMs)));
}

/** Waits until every device shows `expected` in `docId` (live entries may still be on the way). */
export async function converged(
  devices: Device[],
  docId: string,
  expected: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await allIdle(devices, Math.max(1000, deadline - Date.now()));
    if (devices.every((d) => d.text(docId) === expected)) return;
    if (Date.now() > deadline) {
      const lens = devices.map((d) => d.text(docId).length).join(', ');
      throw new Error(`devices did not converge: lengths ${lens}, expected ${expected.length}`);
    }
    await sleep(20);
  }
}

/** Two devices take turns appending a line to one document, each pushing at once. */
export async function takeTurns(
  [a, b]: [Device, Device],
  docId: string,
  lines: number,
  pauseMs: number,
): Promise<void> {
  for (let i = 0; i < lines; i++) {
    const writer = i % 2 ? a : b;
    writer.edit(docId, (t) => t.insert(t.length, `line ${i}\n`));
    writer.client.flush();
    await sleep(pauseMs);
  }
}
