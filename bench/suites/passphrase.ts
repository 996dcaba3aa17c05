import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { assessPassphrase } from '../../shared/vault/passphrase-policy';
import { percentile, sortedCopy, type BenchSuite } from '../harness';

/**
 * The passphrase meter runs on every keystroke of the set-up screen (and the core runs the same
 * rule once on submit). Goal: a typical passphrase (p50) ≤ 50 ms once warmed up, against zxcvbn with only
 * its common and English dictionaries (the rule before the Indonesian words), same run.
 */
const SAMPLES = [
  'hujan turun deras sepanjang malam',
  'Jakarta123!',
  'kopi tubruk di warung pak slamet',
  'correct horse battery staple',
  'Bismillah2024',
  'x7#Qm!r9Lp2@vZ',
  'rumah nenek di ujung gang sempit',
  'sayang',
];
const ROUNDS = 20;

function timings(assess: (p: string) => unknown): number[] {
  for (const p of SAMPLES) assess(p);
  const out: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of SAMPLES) {
      const start = performance.now();
      assess(p);
      out.push(performance.now() - start);
    }
  }
  return sortedCopy(out);
}

const suite: BenchSuite = {
  name: 'passphrase',
  description: 'passphrase meter: the rule with Indonesian words vs zxcvbn with English only',
  async run(ctx) {
    const plain = new ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    const baseline = timings((p) => plain.check(p));
    const ours = timings((p) => assessPassphrase(p));
    for (const p of [50, 95]) {
      ctx.record({
        name: `assess one passphrase, p${p} (${SAMPLES.length} samples × ${ROUNDS})`,
        value: percentile(ours, p),
        unit: 'ms',
        baseline: percentile(baseline, p),
        ...(p === 50 ? { goal: 'value ≤ 50 ms (a keystroke)' } : {}),
      });
    }
  },
};

export default suite;
