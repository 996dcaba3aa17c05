import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult, BenchSuite } from './harness';

/**
 * `npm run bench` runs every suite under bench/suites; `npm run bench -- <suite> [args…]` runs one.
 * Prints a table and writes bench/results/latest.json.
 */
const here = dirname(fileURLToPath(import.meta.url));

async function loadSuites(): Promise<BenchSuite[]> {
  const files = readdirSync(join(here, 'suites')).filter((f) => f.endsWith('.ts'));
  const suites: BenchSuite[] = [];
  for (const file of files.sort()) {
    const mod = (await import(pathToFileURL(join(here, 'suites', file)).href)) as {
      default: BenchSuite;
    };
    suites.push(mod.default);
  }
  return suites;
}

function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

async function main(): Promise<void> {
  const [only, ...args] = process.argv.slice(2);
  const all = await loadSuites();
  const chosen = only ? all.filter((s) => s.name === only) : all;
  if (chosen.length === 0) {
    console.error(`No suite named "${only}". Suites: ${all.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const results: BenchResult[] = [];
  for (const suite of chosen) {
    console.log(`\n# ${suite.name}: ${suite.description}`);
    await suite.run({
      args: only ? args : [],
      record(r) {
        const ratio = r.baseline ? r.value / r.baseline : undefined;
        const result: BenchResult = { suite: suite.name, ...r, ...(ratio ? { ratio } : {}) };
        results.push(result);
        const base = r.baseline === undefined ? '' : `  baseline ${format(r.baseline)}`;
        const rat = ratio === undefined ? '' : `  ratio ${ratio.toFixed(3)}`;
        const goal = r.goal ? `  (goal ${r.goal})` : '';
        console.log(
          `  ${r.name.padEnd(48)} ${format(r.value).padStart(10)} ${r.unit}${base}${rat}${goal}`,
        );
      },
    });
  }
  const out = join(here, 'results', 'latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${results.length} figures to bench/results/latest.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
