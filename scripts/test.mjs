#!/usr/bin/env node
// `npm test`: types, lint, unit and server tests, the build, end-to-end tests in Chromium.
// PostgreSQL: the relay's PostgreSQL tests run against DATABASE_URL when it is set, else against
// a throwaway cluster started here when PostgreSQL is installed; on a machine without it they
// are skipped with a notice (CI installs it, so there they always run).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env };
const results = mkdtempSync(join(tmpdir(), 'pendamping-test-'));
let passed = 0;
let failed = 0;

function step(name, command, args, options = {}) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env, ...options });
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    finish(1);
  }
}

function vitest(project) {
  const out = join(results, `${project}.json`);
  console.log(`\n▶ ${project} tests`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    { stdio: 'inherit', env },
  );
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (run.status !== 0) {
    console.error(`\n✖ ${project} tests failed`);
    finish(1);
  }
}

let stopPostgres = () => {};
function postgres() {
  if (env.DATABASE_URL) return;
  const installed =
    existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').length > 0;
  if (!installed) {
    env.PENDAMPING_SKIP_POSTGRES = '1';
    console.log(
      "\n⚠ PostgreSQL is not installed here: the relay's PostgreSQL tests are SKIPPED in this run.\n" +
        '  Install it (apt-get install postgresql) or set DATABASE_URL to run them; CI always does.',
    );
    return;
  }
  const output = execFileSync('bash', ['scripts/start-postgres.sh'], { encoding: 'utf8', env });
  const line = output.trim().split('\n').at(-1) ?? '';
  env.DATABASE_URL = line.replace(/^DATABASE_URL=/, '');
  stopPostgres = () =>
    spawnSync('bash', ['scripts/start-postgres.sh', '--stop'], { stdio: 'ignore', env });
}

function finish(code) {
  stopPostgres();
  console.log(`\ntest: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

step('native module for Node', 'node', ['scripts/native-build.mjs', 'node']);
step('types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
postgres();
vitest('unit');
step('build', 'npx', ['electron-vite', 'build']);
vitest('e2e');
finish(failed > 0 ? 1 : 0);
