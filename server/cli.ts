import { parseArgs } from 'node:util';
import {
  DEFAULT_LIMITS,
  describeLimits,
  formatRate,
  parseRate,
  parseSize,
  type RelayLimits,
} from './limits';
import { DEFAULT_QUOTAS, type Quotas } from './storage/acceptance';
import { createServerLogger } from './log';
import type { Rate } from './rate-limit';
import { openStorage } from './open-storage';
import { SyncServer } from './sync-server';

/**
 * `tsx server/cli.ts [--port 8787] [--host 127.0.0.1] [--data-dir ./.pendamping-relay]`
 * With DATABASE_URL=postgres://… the relay uses PostgreSQL and any number of processes may serve
 * the same teams. Prints one JSON line `{"listening": port}` on stdout when ready (for scripts and
 * tests); everything else is structured logs on stderr.
 *
 * Team creation is off unless `--allow-team-creation` (or PENDAMPING_ALLOW_TEAM_CREATION=1) turns
 * it on, for as long as the operator's own teams are being made (issue 10). `--no-team-creation`,
 * from when it was on by default, is still accepted and keeps it off.
 *
 * Rate limits (docs/sync-protocol.md, "Limits"): `--limit-<name> <burst>/<period>` or `off`, each
 * also read from PENDAMPING_LIMIT_<NAME>; `--trust-proxy [--proxy-hops n]` reads client addresses
 * from X-Forwarded-For (PENDAMPING_TRUST_PROXY=1, PENDAMPING_PROXY_HOPS).
 *
 * Quotas: `--max-scopes-per-member n` (PENDAMPING_MAX_SCOPES_PER_MEMBER, default 10000) and
 * `--team-quota <size>` (PENDAMPING_TEAM_QUOTA, default 2GiB of stored entry bodies per team).
 */
const env = (name: string): string | undefined => process.env[`PENDAMPING_${name}`];
const rateFlag = (name: string, fallback: Rate | null) => ({
  type: 'string' as const,
  default: env(`LIMIT_${name}`) ?? formatRate(fallback),
});
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string', default: '.pendamping-relay' },
    'allow-team-creation': { type: 'boolean', default: env('ALLOW_TEAM_CREATION') === '1' },
    'no-team-creation': { type: 'boolean', default: false },
    'trust-proxy': { type: 'boolean', default: env('TRUST_PROXY') === '1' },
    'proxy-hops': { type: 'string', default: env('PROXY_HOPS') ?? '1' },
    'limit-connections': rateFlag('CONNECTIONS', DEFAULT_LIMITS.connections),
    'limit-auth-failures': rateFlag('AUTH_FAILURES', DEFAULT_LIMITS.authFailures),
    'limit-team-creations': rateFlag('TEAM_CREATIONS', DEFAULT_LIMITS.teamCreations),
    'limit-joins': rateFlag('JOINS', DEFAULT_LIMITS.joins),
    'limit-frames': rateFlag('FRAMES', DEFAULT_LIMITS.frames),
    'limit-bytes': rateFlag('BYTES', DEFAULT_LIMITS.bytes),
    'invite-attempts': {
      type: 'string',
      default: env('INVITE_ATTEMPTS') ?? String(DEFAULT_LIMITS.inviteAttempts),
    },
    'max-scopes-per-member': {
      type: 'string',
      default: env('MAX_SCOPES_PER_MEMBER') ?? String(DEFAULT_QUOTAS.maxScopesPerMember),
    },
    'team-quota': { type: 'string', default: env('TEAM_QUOTA') ?? '2GiB' },
  },
});

const wholeNumber = (name: string, text: string | undefined, min: number): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} wants a whole number ≥ ${min}`);
  return n;
};

function quotasFromFlags(): Quotas {
  return {
    maxScopesPerMember: wholeNumber('max-scopes-per-member', values['max-scopes-per-member'], 1),
    teamQuotaBytes: parseSize(values['team-quota'] ?? '2GiB'),
  };
}

/** The limits from flags; a malformed value throws, so the relay refuses to start with it. */
function limitsFromFlags(): RelayLimits {
  const count = wholeNumber;
  const rate = (text: string | undefined) => parseRate(text ?? 'off');
  return {
    ...DEFAULT_LIMITS,
    connections: rate(values['limit-connections']),
    authFailures: rate(values['limit-auth-failures']),
    teamCreations: rate(values['limit-team-creations']),
    joins: rate(values['limit-joins']),
    frames: rate(values['limit-frames']),
    bytes: rate(values['limit-bytes']),
    inviteAttempts: count('invite-attempts', values['invite-attempts'], 0),
    trustProxy: values['trust-proxy'] ? count('proxy-hops', values['proxy-hops'], 1) : 0,
  };
}

async function main(): Promise<void> {
  const log = createServerLogger();
  const limits = limitsFromFlags();
  const quotas = quotasFromFlags();
  log.info(describeLimits(limits), 'rate limits');
  const databaseUrl = process.env.DATABASE_URL;
  const storage = await openStorage({
    dataDir: values['data-dir'] ?? '.pendamping-relay',
    ...(databaseUrl ? { databaseUrl } : {}),
  });
  const server = await SyncServer.start({
    storage,
    log,
    host: values.host ?? '127.0.0.1',
    port: Number(values.port),
    allowTeamCreation: values['allow-team-creation'] === true && !values['no-team-creation'],
    limits,
    quotas,
  });
  process.stdout.write(JSON.stringify({ listening: server.port }) + '\n');
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: String(error) }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`sync relay failed to start: ${String(error)}\n`);
  process.exit(1);
});
