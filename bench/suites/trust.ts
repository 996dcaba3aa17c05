import { createPublicKey, verify } from 'node:crypto';
import { initSodium, sodium } from '../../shared/crypto/sodium';
import { SIG_BYTES } from '../../shared/sync/frames';
import {
  decodeRosterEvent,
  Roster,
  signRosterEvent,
  type RosterChange,
} from '../../shared/sync/roster';
import { arg, percentile, sortedCopy, type BenchContext, type BenchSuite } from '../harness';

/**
 * The signed team roster (issue #10, "Measured"; shared/sync/roster.ts), every figure next to the
 * raw crypto it cannot avoid, measured in the same run:
 *   - verifying a 5,000-event log of a 500-member team from its genesis (goal ≤ 200 ms),
 *   - applying one new event to a verified roster of that size (goal ≤ 1 ms),
 *   - the baseline: 5,000 Ed25519 verifications (crypto_sign_verify_detached) and 5,000 BLAKE2b
 *     hashes of the same message sizes, and a split of the verification into that crypto, the
 *     decoding, and the chain checks, so a missed goal says where the time went.
 * The log is built once with signRosterEvent (untimed), applied as it is built so every event is
 * known to be valid; the timed runs verify the same bytes again.
 */
const MEMBERS = 500;
const EVENTS = 5000;
/** Events appended after the timed log, each one timed as "one new event". */
const EXTRA = 500;
/** Supervisors besides the founder, promoted at the start; events are signed round-robin. */
const SUPERVISORS = 4;
/** `Writer.str` of roster.ts's signing and hashing domains: a length byte and the ASCII text. */
const SIGN_DOMAIN_BYTES = 1 + 'pendamping/roster/event/v1'.length;
const HASH_DOMAIN_BYTES = 1 + 'pendamping/roster/hash/v1'.length;

interface Keys {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
  boxPk: Uint8Array;
}

/** Random bytes from Web Crypto: libsodium.js's randombytes_buf costs ~0.1–1 ms a call in Node. */
function random(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

function newKeys(): Keys {
  const s = sodium().crypto_sign_keypair();
  return { publicKey: s.publicKey, privateKey: s.privateKey, boxPk: random(32) };
}

/**
 * A team's history as a supervisor's device would sign it: the genesis, the founder adding 499
 * members and promoting four of them, then cycles over the counselors (promote, demote, remove,
 * and the same person re-added under a new member number with new keys, as after a lost laptop)
 * until the log holds `total` events. The team always has 500 current members after a cycle.
 */
function buildLog(total: number): { teamId: Uint8Array; log: Uint8Array[]; roster: Roster } {
  const teamId = random(16);
  const roster = new Roster(teamId);
  const log: Uint8Array[] = [];
  const keys = new Map<number, Keys>();
  const supervisors: number[] = [1];
  const append = (change: RosterChange): void => {
    const signer = keys.get(supervisors[log.length % supervisors.length] as number) as Keys;
    const bytes = signRosterEvent(
      { teamId, index: roster.length, prev: roster.head, at: 1_767_225_600 + log.length, change },
      signer,
    );
    roster.apply(bytes);
    log.push(bytes);
  };
  const member = (memberNo: number, role: 'supervisor' | 'counselor') => {
    const k = newKeys();
    keys.set(memberNo, k);
    return { memberNo, role, signPk: k.publicKey, boxPk: k.boxPk };
  };
  const inviteId = (): Uint8Array => random(16);

  append({ type: 'genesis', member: member(1, 'supervisor') });
  let nextNo = 2;
  while (nextNo <= MEMBERS && log.length < total) {
    append({ type: 'add', member: member(nextNo++, 'counselor'), inviteId: inviteId() });
  }
  for (let no = 2; no < 2 + SUPERVISORS && log.length < total; no++) {
    append({ type: 'role', memberNo: no, role: 'supervisor' });
    supervisors.push(no);
  }
  // The counselors the cycles walk through, oldest first; a re-added member joins the back.
  const counselors = roster
    .current()
    .filter((m) => m.role === 'counselor')
    .map((m) => m.memberNo);
  while (log.length < total) {
    const no = counselors.shift() as number;
    const steps: RosterChange[] = [
      { type: 'role', memberNo: no, role: 'supervisor' },
      { type: 'role', memberNo: no, role: 'counselor' },
      { type: 'remove', memberNo: no },
    ];
    for (const step of steps) if (log.length < total) append(step);
    if (log.length < total) {
      const again = nextNo++;
      append({ type: 'add', member: member(again, 'counselor'), inviteId: inviteId() });
      counselors.push(again);
    }
  }
  return { teamId, log, roster };
}

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  return percentile(sortedCopy(values), 50);
}

/**
 * The crypto a verification cannot avoid, over messages of exactly the sizes the roster signs and
 * hashes: Ed25519 with libsodium.js (what roster.ts calls) and, for reference, with node:crypto
 * (OpenSSL), each signer's key imported once as a roster would cache it.
 */
function cryptoPasses(log: Uint8Array[]): {
  sodiumVerify: () => number;
  blake2b: () => number;
  nativeVerify: () => number;
} {
  const s = sodium();
  const pair = s.crypto_sign_keypair();
  const signed = log.map((bytes) => {
    const message = random(bytes.length - SIG_BYTES + SIGN_DOMAIN_BYTES);
    return { message, sig: s.crypto_sign_detached(message, pair.privateKey) };
  });
  const hashed = log.map((bytes) => random(bytes.length + HASH_DOMAIN_BYTES));
  // An Ed25519 SubjectPublicKeyInfo is this 12-byte DER prefix and the raw 32-byte key.
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pair.publicKey]);
  const nativeKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  const all = (check: (m: Uint8Array, sig: Uint8Array) => boolean) => (): number => {
    let ok = true;
    const ms = timeMs(() => {
      for (const { message, sig } of signed) ok = check(message, sig) && ok;
    });
    if (!ok) throw new Error('a baseline signature did not verify');
    return ms;
  };
  return {
    sodiumVerify: all((m, sig) => s.crypto_sign_verify_detached(sig, m, pair.publicKey)),
    nativeVerify: all((m, sig) => verify(null, m, nativeKey, sig)),
    blake2b: () =>
      timeMs(() => {
        for (const message of hashed) s.crypto_generichash(32, message, null);
      }),
  };
}

function sameHead(a: Roster, b: Roster, index: number): boolean {
  const x = a.hashAt(index - 1);
  const y = b.hashAt(index - 1);
  return x !== undefined && y !== undefined && sodium().memcmp(x, y);
}

async function run(ctx: BenchContext): Promise<void> {
  await initSodium();
  const reps = Number(arg(ctx.args, '--reps') ?? 11);
  const built = performance.now();
  const { teamId, log: all, roster: full } = buildLog(EVENTS + EXTRA);
  const log = all.slice(0, EVENTS);
  const extra = all.slice(EVENTS);
  console.log(
    `  roster log: ${EVENTS} events (+${EXTRA} appended one by one), ${full.members().length} ` +
      `members ever added, ${full.current().length} current; ` +
      `${log.reduce((n, b) => n + b.length, 0).toLocaleString('en')} bytes; ` +
      `built in ${((performance.now() - built) / 1000).toFixed(1)} s`,
  );

  // (a) and (c) interleaved round by round, so a busy machine slows both alike; the first round
  // warms the JIT and the WebAssembly up and is not counted.
  const passes = cryptoPasses(log);
  const rounds = {
    verify: [] as number[],
    restore: [] as number[],
    joiner: [] as number[],
    decode: [] as number[],
    sodium: [] as number[],
    blake2b: [] as number[],
    native: [] as number[],
    ratio: [] as number[],
  };
  let verified: Roster | undefined;
  for (let r = 0; r <= reps; r++) {
    const v = timeMs(() => {
      verified = Roster.verify(teamId, log);
    });
    // What a device does at each unlock: rebuild the log it kept, signatures checked on arrival.
    const restored = timeMs(() => {
      Roster.restore(teamId, log);
    });
    // A new member: the inviter's signature on its own add (here the last event) vouches for the
    // prefix, whose links and rules are checked, not its signatures (Roster.vouched).
    const joined = timeMs(() => {
      Roster.vouched(teamId, log, log.length - 1);
    });
    // Decoding alone: each event's parse, hash and signature, without the chain or the state.
    const d = timeMs(() => {
      for (const bytes of log) decodeRosterEvent(bytes);
    });
    const sv = passes.sodiumVerify();
    const h = passes.blake2b();
    const n = passes.nativeVerify();
    if (r === 0) continue;
    rounds.verify.push(v);
    rounds.restore.push(restored);
    rounds.joiner.push(joined);
    rounds.decode.push(d);
    rounds.sodium.push(sv);
    rounds.blake2b.push(h);
    rounds.native.push(n);
    rounds.ratio.push(v / (sv + h));
  }
  if (verified?.length !== EVENTS || !sameHead(verified, full, EVENTS)) {
    throw new Error('the timed verification did not reach the head the log was built to');
  }

  // (b) one new event at a time onto the verified 5,000-event roster.
  const roster = verified;
  const applyMs = extra.map((bytes) =>
    timeMs(() => {
      roster.apply(bytes);
    }),
  );

  const verifyMedian = median(rounds.verify);
  const cryptoMs = median(rounds.sodium) + median(rounds.blake2b);
  ctx.record({
    name: `verify ${EVENTS} events, ${MEMBERS} members: median vs crypto`,
    value: verifyMedian,
    unit: 'ms',
    baseline: cryptoMs,
    goal: '≤ 200 ms',
  });
  ctx.record({
    name: `verify ${EVENTS} events, ${MEMBERS} members: p95 (${reps} runs)`,
    value: percentile(sortedCopy(rounds.verify), 95),
    unit: 'ms',
    goal: '≤ 200 ms',
  });
  ctx.record({
    name: `verify ${EVENTS} events as a new member, on the inviter's signature: median`,
    value: median(rounds.joiner),
    unit: 'ms',
    baseline: verifyMedian,
    goal: '≤ 200 ms',
  });
  ctx.record({
    name: `restore the kept ${EVENTS}-event roster at unlock (no signatures): median`,
    value: median(rounds.restore),
    unit: 'ms',
    baseline: verifyMedian,
    goal: '≤ 200 ms',
  });
  ctx.record({
    name: `verify / crypto, median of per-round ratios`,
    value: median(rounds.ratio),
    unit: '×',
  });
  ctx.record({
    name: `apply one new event (${EXTRA} onto ${EVENTS}): median`,
    value: median(applyMs),
    unit: 'ms',
    baseline: cryptoMs / EVENTS,
    goal: '≤ 1 ms',
  });
  ctx.record({
    name: `apply one new event: p95`,
    value: percentile(sortedCopy(applyMs), 95),
    unit: 'ms',
  });
  ctx.record({
    name: `baseline: ${EVENTS} Ed25519 verifications (libsodium.js)`,
    value: median(rounds.sodium),
    unit: 'ms',
  });
  ctx.record({
    name: `baseline: ${EVENTS} BLAKE2b-256 hashes (libsodium.js)`,
    value: median(rounds.blake2b),
    unit: 'ms',
  });
  ctx.record({
    name: `reference: ${EVENTS} Ed25519 verifications (node:crypto)`,
    value: median(rounds.native),
    unit: 'ms',
    baseline: median(rounds.sodium),
  });
  const decode = median(rounds.decode);
  console.log(
    `  where verification's ${verifyMedian.toFixed(0)} ms go (medians): Ed25519 ` +
      `${median(rounds.sodium).toFixed(0)} ms, BLAKE2b ${median(rounds.blake2b).toFixed(1)} ms; ` +
      `decoding pass (parse + hash + signature) ${decode.toFixed(0)} ms; chain checks and state ` +
      `${(verifyMedian - decode).toFixed(0)} ms (differences within a few % are noise)`,
  );
}

const suite: BenchSuite = {
  name: 'trust',
  description: 'signed team roster: verify 5,000 events, apply one, against the raw crypto',
  run,
};

export default suite;
