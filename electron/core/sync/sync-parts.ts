import type { ServerFrame } from '../../../shared/sync';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { AuthorSequences } from './author-sequences';
import { ChunkLink } from './chunk-link';
import type { SyncClientOptions, SyncState } from './client-types';
import { Connection, type Link } from './connection';
import { HistoryWatch } from './history-check';
import { toHex } from './identity';
import { LocalSyncState } from './local-state';
import { Pulls } from './pulls';
import { Push } from './push';
import { EntryReceiver } from './receive';
import { Snapshots } from './snapshots';
import { DataSaver, TrafficMeter } from './traffic';
import { defaultWebSocketFactory, realTimers } from './transport';

/** What the sync client itself answers for while its parts work: its state and its events. */
export interface ClientHooks {
  state(): SyncState;
  setState(state: SyncState): void;
  /** A new socket. */
  opened(): void;
  /** The relay accepted this device on the socket. */
  welcomed(): void;
  frame(link: Link, frame: ServerFrame): void;
  /** A key arrived: quarantined entries may open now. */
  keyArrived(): void;
}

/** The parts a sync client is made of (sync-client.ts names each one's job). */
export interface SyncParts {
  local: LocalSyncState;
  clock: Clock;
  traffic: TrafficMeter;
  saver: DataSaver;
  connection: Connection;
  chunkLink: ChunkLink;
  sequences: AuthorSequences;
  historyWatch: HistoryWatch;
  pulls: Pulls;
  push: Push;
  snapshots: Snapshots;
  receiver: EntryReceiver;
}

/**
 * Makes the sync client's parts and hands each what it needs from the others when it is made, so
 * the order below shows what depends on what; the client only coordinates them.
 */
export function createSyncParts(options: SyncClientOptions, client: ClientHooks): SyncParts {
  const { db, teamId, secrets } = options;
  const clock = options.clock ?? systemClock;
  const timers = options.timers ?? realTimers;
  const local = new LocalSyncState(db, options.localKeys, clock);
  const traffic = new TrafficMeter(local, clock, timers);
  const saver = new DataSaver(options.dataSaver);
  const connection: Connection = new Connection(
    {
      factory: options.webSocketFactory ?? defaultWebSocketFactory,
      clock,
      timers,
      random: options.random ?? Math.random,
    },
    options,
    {
      state: () => client.state(),
      setState: (state) => client.setState(state),
      opened: () => client.opened(),
      welcomed: () => client.welcomed(),
      frame: (link, frame) => client.frame(link, frame),
      traffic: (sent, received) => traffic.count(sent, received),
      chunk: (frame) => chunkLink.received(frame),
      dropped: () => {
        traffic.flush();
        chunkLink.dropped();
      },
      lateAck: (link, frame) => push.onAck(frame.results, link.memberNo),
    },
  );
  const chunkLink = new ChunkLink(connection, saver);
  const send = connection.send.bind(connection);
  const sequences = new AuthorSequences(db, () => clock.now());
  const historyWatch = new HistoryWatch(sequences, options.onHistory, options.sequence !== false);
  const pulls = new Pulls({
    db,
    local,
    keys: options.keys,
    cursorName: `cursor:${toHex(teamId)}`,
    send,
    nextRequestId: () => connection.nextRequestId(),
  });
  const signing = {
    teamId,
    signKey: secrets.signKeyPair.privateKey,
    keys: options.keys,
    local,
    send,
  };
  const push = new Push(
    {
      ...signing,
      db,
      timers,
      sequences: options.sequence === false ? undefined : sequences,
    },
    options,
  );
  const snapshots = new Snapshots(
    { ...signing, sequences, inflight: () => push.inflight },
    options,
  );
  const receiver = new EntryReceiver(
    {
      db,
      local,
      history: historyWatch,
      judge: () => ({
        teamId,
        trusted: options.trusted,
        keys: options.keys,
        boxKeyPair: secrets.boxKeyPair,
        me: connection.link?.memberNo,
        isErased: options.isErased,
      }),
      snapshotApplied: (docId, seq) => {
        if (connection.ready()) send({ t: 'snapshot-ok', docId, seq });
      },
      keyArrived: () => client.keyArrived(),
    },
    options,
  );
  return {
    local,
    clock,
    traffic,
    saver,
    connection,
    chunkLink,
    sequences,
    historyWatch,
    pulls,
    push,
    snapshots,
    receiver,
  };
}
