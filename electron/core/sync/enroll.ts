import {
  decodeServerFrame,
  encodeClientFrame,
  PROTOCOL_VERSION,
  type ClientFrame,
  type MemberInfo,
  type Role,
  type ServerFrame,
} from '../../../shared/sync';
import { refusalMessage } from '../../../shared/sync/connection-failure';
import type { AccountSecrets } from '../vault';
import { computeJoinMac, decodeInvite, inviteKeys, newId, sameBytes, signAuth } from './identity';
import { defaultWebSocketFactory, frameBytes, type WebSocketFactory } from './transport';

export interface Enrolled {
  serverUrl: string;
  teamId: Uint8Array;
  memberNo: number;
  role: Role;
  members: MemberInfo[];
}

type Secrets = Pick<AccountSecrets, 'signKeyPair' | 'boxKeyPair'>;

/**
 * One short connection: answer the challenge with `build`, wait for the welcome and the member
 * list, close. Used to create a team and to join one; afterwards the SyncClient authenticates.
 */
function enroll(
  url: string,
  factory: WebSocketFactory,
  build: (challenge: Extract<ServerFrame, { t: 'challenge' }>) => ClientFrame,
  timeoutMs: number,
): Promise<Omit<Enrolled, 'serverUrl'>> {
  return new Promise((resolve, reject) => {
    const ws = factory(url);
    let welcome: Extract<ServerFrame, { t: 'welcome' }> | undefined;
    const timer = setTimeout(
      () => finish(new Error('the sync server did not answer in time')),
      timeoutMs,
    );
    const finish = (error?: Error, value?: Omit<Enrolled, 'serverUrl'>): void => {
      clearTimeout(timer);
      ws.close(1000, 'enrolled');
      if (error) reject(error);
      else if (value) resolve(value);
    };
    ws.on('error', (error) => finish(error));
    ws.on('close', () => finish(new Error('the sync server closed the connection')));
    ws.on('message', (data) => {
      let frame: ServerFrame;
      try {
        frame = decodeServerFrame(frameBytes(data));
      } catch {
        finish(new Error('the sync server sent a malformed frame'));
        return;
      }
      if (frame.t === 'challenge') {
        if (frame.version !== PROTOCOL_VERSION) {
          finish(new Error(`the server speaks protocol ${frame.version}`));
          return;
        }
        ws.send(encodeClientFrame(build(frame)));
      } else if (frame.t === 'welcome') {
        welcome = frame;
      } else if (frame.t === 'members' && welcome) {
        finish(undefined, {
          teamId: welcome.teamId,
          memberNo: welcome.memberNo,
          role: welcome.role,
          members: frame.members,
        });
      } else if (frame.t === 'error') {
        // The code travels in the message, so the screen can say which refusal it was.
        finish(new Error(refusalMessage(frame.code, frame.reason)));
      }
    });
  });
}

/** The first supervisor creates a team on a server; the team id is random. */
export async function createTeam(options: {
  url: string;
  secrets: Secrets;
  webSocketFactory?: WebSocketFactory;
  timeoutMs?: number;
}): Promise<Enrolled> {
  const teamId = newId();
  const { signKeyPair, boxKeyPair } = options.secrets;
  const result = await enroll(
    options.url,
    options.webSocketFactory ?? defaultWebSocketFactory,
    (c) => ({
      t: 'create-team',
      teamId,
      signPk: signKeyPair.publicKey,
      boxPk: boxKeyPair.publicKey,
      sig: signAuth(
        {
          purpose: 'create-team',
          serverId: c.serverId,
          nonce: c.nonce,
          teamId,
          signPk: signKeyPair.publicKey,
          boxPk: boxKeyPair.publicKey,
        },
        signKeyPair.privateKey,
      ),
    }),
    options.timeoutMs ?? 20_000,
  );
  return { serverUrl: options.url, ...result };
}

/**
 * A device joins with an invite code. The device MACs its own public keys with the invite's
 * secret, so the inviter can check that the server stored these keys and no others (verifyJoin).
 * `inviterPresent` says whether the supervisor whose key is in the code is a current member.
 */
export async function joinTeam(options: {
  code: string;
  secrets: Secrets;
  webSocketFactory?: WebSocketFactory;
  timeoutMs?: number;
}): Promise<Enrolled & { inviterPresent: boolean; inviterSignPk: Uint8Array }> {
  const invite = decodeInvite(options.code);
  const { signKeyPair, boxKeyPair } = options.secrets;
  const joinMac = computeJoinMac(invite.secret, {
    teamId: invite.teamId,
    inviteId: invite.inviteId,
    signPk: signKeyPair.publicKey,
    boxPk: boxKeyPair.publicKey,
  });
  const result = await enroll(
    invite.serverUrl,
    options.webSocketFactory ?? defaultWebSocketFactory,
    (c) => ({
      t: 'join',
      teamId: invite.teamId,
      inviteId: invite.inviteId,
      inviteAuth: inviteKeys(invite.secret).auth,
      signPk: signKeyPair.publicKey,
      boxPk: boxKeyPair.publicKey,
      joinMac,
      sig: signAuth(
        {
          purpose: 'join',
          serverId: c.serverId,
          nonce: c.nonce,
          teamId: invite.teamId,
          signPk: signKeyPair.publicKey,
          boxPk: boxKeyPair.publicKey,
          inviteId: invite.inviteId,
          joinMac,
        },
        signKeyPair.privateKey,
      ),
    }),
    options.timeoutMs ?? 20_000,
  );
  const inviterPresent = result.members.some(
    (m) => !m.removed && m.role === 'supervisor' && sameBytes(m.signPk, invite.inviterSignPk),
  );
  return {
    serverUrl: invite.serverUrl,
    ...result,
    inviterPresent,
    inviterSignPk: invite.inviterSignPk,
  };
}
