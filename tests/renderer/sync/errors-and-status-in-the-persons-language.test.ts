import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../shared/api/client';
import type { SyncOverview } from '../../../shared/api/sync';
import { catalogs } from '../../../shared/i18n';
import { refusalMessage } from '../../../shared/sync/connection-failure';
import { ErrorCode } from '../../../shared/sync/frames';
import { describeError } from '../../../renderer/src/api/errors';
import { relayAddressFor, summarise } from '../../../renderer/src/sync/sync-words';

const translators: Record<'id' | 'en', TFunction> = {} as never;

beforeAll(async () => {
  for (const lng of ['id', 'en'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { [lng]: { translation: catalogs[lng] } },
      interpolation: { escapeValue: false },
    });
    translators[lng] = instance.t;
  }
});

const failed = (message: string): ApiCallError =>
  new ApiCallError({ code: 'sync_failed', message });

const overview = (
  state: SyncOverview['state'],
  over: Partial<SyncOverview> = {},
): SyncOverview => ({
  state,
  pending: 0,
  quarantined: 0,
  lastSyncedAt: null,
  bytesSent: 0,
  bytesReceived: 0,
  deferredBytes: 0,
  dataSaver: { enabled: false, unmetered: false },
  members: [],
  joining: [],
  invites: [],
  trust: { state: 'verified' },
  history: { missing: [], forked: [], reordered: 0 },
  self: { actorId: 'a' },
  ...over,
});

describe.each(['id', 'en'] as const)("errors said in the person's language (%s)", (lng) => {
  const words = catalogs[lng].sync;

  it('says a refused connection to the relay as "server unreachable", the socket error folded away', () => {
    const raw = 'could not join: connect ECONNREFUSED 127.0.0.1:8811';
    const said = describeError(translators[lng], failed(raw));
    expect(said).toEqual({ text: words.cause.unreachable.text, detail: raw });
    expect(said.text).not.toContain('ECONNREFUSED');
  });

  it('says an unknown, used or expired invite as one to ask a new code for', () => {
    const raw = `could not join: ${refusalMessage(ErrorCode.BadInvite, 'invite is unknown, used or expired')}`;
    expect(describeError(translators[lng], failed(raw)).text).toBe(words.refusal.badInvite);
  });

  it('says a full relay and a relay that limits cases as what they are', () => {
    const t = translators[lng];
    expect(describeError(t, failed('refused (code 19): quota')).text).toBe(
      words.refusal.quotaExceeded,
    );
    expect(describeError(t, failed('refused (code 20): scopes')).text).toBe(
      words.refusal.tooManyScopes,
    );
  });

  it('says an unreadable answer from the relay without quoting the decoder', () => {
    const said = describeError(
      translators[lng],
      failed('could not join: frame ends 27 bytes early'),
    );
    expect(said.text).toBe(words.cause.protocol.text);
    expect(said.text).not.toMatch(/frame|bytes/);
  });

  it('says an incomplete invite code as incomplete, with nothing technical to fold', () => {
    const said = describeError(
      translators[lng],
      new ApiCallError({ code: 'invite_code', message: 'incomplete' }),
    );
    expect(said).toEqual({ text: words.inviteCodeProblem.incomplete });
  });

  it('never shows the message of an unexpected error, which may quote client data', () => {
    const said = describeError(
      translators[lng],
      new ApiCallError({ code: 'internal', message: 'Ani said something' }),
    );
    expect(said.detail).toBeUndefined();
    expect(said.text).not.toContain('Ani');
  });
});

describe.each(['id', 'en'] as const)('the sync state summed up for the frame (%s)', (lng) => {
  const words = catalogs[lng].sync;

  it('tells "server unreachable" from "no internet"', () => {
    const t = translators[lng];
    const down = overview({
      kind: 'offline',
      cause: 'unreachable',
      detail: 'connect ECONNREFUSED',
    });
    expect(summarise(t, lng, down, { online: true })).toMatchObject({
      tone: 'offline',
      short: words.cause.unreachable.short,
      detail: 'connect ECONNREFUSED',
    });
    expect(summarise(t, lng, down, { online: false }).short).toBe(words.cause.noInternet.short);
  });

  it('keeps the last reason while a new attempt is under way', () => {
    const t = translators[lng];
    const trying = overview({ kind: 'connecting' });
    expect(summarise(t, lng, trying, { online: true, cause: 'unreachable' }).short).toBe(
      words.cause.unreachable.short,
    );
    expect(summarise(t, lng, trying, { online: true }).short).toBe(words.indicator.connecting);
  });

  it('says "refused by the server" when the relay refused this device', () => {
    const t = translators[lng];
    const refused = overview({ kind: 'error', reason: 'not a member', problem: 'notMember' });
    expect(summarise(t, lng, refused, { online: true })).toMatchObject({
      tone: 'refused',
      short: words.indicator.held,
      explanation: words.refusal.notMember,
    });
  });

  it('says up to date as of the time it last caught up', () => {
    const t = translators[lng];
    const at = new Date(2026, 11, 6, 10, 47).getTime();
    const said = summarise(t, lng, overview({ kind: 'upToDate' }, { lastSyncedAt: at }), {
      online: true,
      now: at + 60_000,
    });
    expect(said.short).toMatch(/10[.:]47/);
  });
});

describe('a web address typed where the relay address belongs', () => {
  it('suggests ws:// for this computer and wss:// elsewhere', () => {
    expect(relayAddressFor('http://127.0.0.1:8811')).toBe('ws://127.0.0.1:8811');
    expect(relayAddressFor('http://relay.example.org')).toBe('wss://relay.example.org');
    expect(relayAddressFor('https://relay.example.org/sync')).toBe('wss://relay.example.org/sync');
    expect(relayAddressFor('ftp://relay.example.org')).toBeUndefined();
  });
});
