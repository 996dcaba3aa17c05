import { ErrorCode, ROSTER_PAGE, type ClientFrame } from '../shared/sync';
import { decodeRosterEvent, RosterError, type RosterEvent } from '../shared/sync/roster';
import type { ConnectionContext } from './connection-context';

/** The roster a connection follows: what it asked for, and every event appended later. */
export class RosterFeed {
  private live = false;
  private from = 0;
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: ConnectionContext) {}

  /** The device asks for the roster from what it holds on, and for every event appended later. */
  async pull(frame: Extract<ClientFrame, { t: 'roster-pull' }>): Promise<void> {
    this.from = frame.from;
    this.live = true;
    await this.send(true);
    this.ctx.send({ t: 'result', requestId: frame.requestId, code: 0 });
  }

  /**
   * Sends the roster events this connection has not had (pages of ROSTER_PAGE), one call at a
   * time. `always`: send even when nothing is new, so the device learns the log's length.
   */
  send(always = false): Promise<void> {
    const { storage } = this.ctx;
    this.sending = this.sending.then(async () => {
      if (!this.live || !this.ctx.isReady()) return;
      const teamId = this.ctx.teamId();
      const total = await storage.rosterLength(teamId);
      let first = always;
      while (this.from < total || first) {
        first = false;
        const events = await storage.roster(teamId, this.from, ROSTER_PAGE);
        this.ctx.send({ t: 'roster', from: this.from, total, events });
        if (events.length === 0) break;
        this.from += events.length;
      }
    });
    return this.sending.catch((e: unknown) => this.ctx.fail(e));
  }
}

/**
 * A supervisor's device appends a roster event it signed. The relay checks it as every device
 * will (a counselor, a forged signature, a broken chain are refused) so an honest relay never
 * serves a log that devices would stop at; devices never rely on that check.
 */
export async function appendRosterEvent(
  ctx: ConnectionContext,
  frame: Extract<ClientFrame, { t: 'roster-append' }>,
): Promise<void> {
  const state = ctx.state();
  const member = ctx.member();
  const teamId = ctx.teamId();
  const answer = (code: number): void =>
    ctx.send({ t: 'result', requestId: frame.requestId, code });
  let event: RosterEvent;
  const roster = await state.roster();
  if (frame.index !== roster.length) return answer(ErrorCode.Conflict);
  try {
    event = decodeRosterEvent(frame.event);
    if (!Buffer.from(event.signer).equals(member.signPk)) return answer(ErrorCode.Forbidden);
    roster.apply(frame.event);
  } catch (error) {
    if (error instanceof RosterError && error.fault === 'bad-signature') {
      return answer(ErrorCode.BadSignature);
    }
    return answer(error instanceof RosterError ? ErrorCode.Forbidden : ErrorCode.BadFrame);
  }
  let outcome: 'ok' | 'conflict';
  try {
    outcome = await ctx.storage.appendRoster(teamId, frame.index, frame.event);
  } finally {
    // The cached roster took the event in before the commit: reload it unless it committed.
    state.invalidateRoster();
  }
  if (outcome === 'conflict') return answer(ErrorCode.Conflict);
  // A verified removal also ends the member's access on this relay.
  if (event.change.type === 'remove') {
    await ctx.storage.removeMember(teamId, event.change.memberNo);
  }
  answer(0);
}
