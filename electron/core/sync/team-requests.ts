import type { Role } from '../../../shared/sync';
import type { Clock } from '../clock';
import { randomBytes } from '../crypto';
import { RelayRefusal, type SyncClientOptions } from './client-types';
import type { Connection } from './connection';
import { encodeInvite, inviteAuthHash, inviteKeys, newId } from './identity';

/**
 * What a member asks of the relay about the team itself, each answered by a result code: invites,
 * the roster, who may read a scope, removing a member, erasing a scope.
 */
export class TeamRequests {
  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly options: Pick<
      SyncClientOptions,
      'url' | 'teamId' | 'secrets' | 'rosterLength'
    >,
  ) {}

  /** A supervisor invites a device: returns the code to hand over and the secret to keep. */
  async createInvite(
    role: Role,
    ttlSeconds = 7 * 24 * 3600,
  ): Promise<{ code: string; inviteId: Uint8Array; secret: Uint8Array }> {
    const secret = randomBytes(32);
    const inviteId = newId();
    const code = await this.connection.request({
      t: 'invite',
      requestId: 0,
      inviteId,
      role,
      authHash: inviteAuthHash(inviteKeys(secret).auth),
      expiresAt: Math.floor(this.clock.now() / 1000) + ttlSeconds,
    });
    if (code !== 0) throw new Error(`the server refused the invite (code ${code})`);
    return {
      code: encodeInvite({
        serverUrl: this.options.url,
        teamId: this.options.teamId,
        inviteId,
        secret,
        inviterSignPk: this.options.secrets.signKeyPair.publicKey,
      }),
      inviteId,
      secret,
    };
  }

  /** Asks the relay for the roster again from what this device holds (after starting over). */
  pullRoster(): Promise<number> {
    return this.connection.request({
      t: 'roster-pull',
      requestId: 0,
      from: this.options.rosterLength?.() ?? 0,
    });
  }

  /** Appends one signed roster event; resolves with the relay's code (0, or Conflict and such). */
  appendRoster(index: number, event: Uint8Array): Promise<number> {
    return this.connection.request({ t: 'roster-append', requestId: 0, index, event });
  }

  /** The owner of a scope sets who besides them may read it. */
  async setScopeMembers(
    scopeId: string,
    members: number[],
    includeSupervisors = true,
  ): Promise<void> {
    const code = await this.connection.request({
      t: 'scope-set',
      requestId: 0,
      scopeId,
      includeSupervisors,
      members,
    });
    if (code !== 0) throw new Error(`the server refused the scope change (code ${code})`);
  }

  async removeMember(memberNo: number): Promise<void> {
    const code = await this.connection.request({ t: 'remove-member', requestId: 0, memberNo });
    if (code !== 0) throw new Error(`the server refused the removal (code ${code})`);
  }

  /** Asks the relay to drop every entry of a scope and refuse it from now on (erasure). */
  async eraseScope(scopeId: string): Promise<void> {
    const code = await this.connection.request({ t: 'erase-scope', requestId: 0, scopeId });
    if (code !== 0) throw new RelayRefusal(`the server refused the erasure (code ${code})`, code);
  }
}
