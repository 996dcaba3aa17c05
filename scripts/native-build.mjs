#!/usr/bin/env node
// Makes sure better-sqlite3's native module is built for the runtime about to load it:
// `node` (tests, web host, benchmarks) or `electron` (the desktop app). Each build is kept beside
// the active one, so switching back and forth copies a file instead of compiling again.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const runtime = process.argv[2];
if (runtime !== 'node' && runtime !== 'electron') {
  console.error('usage: native-build.mjs node|electron');
  process.exit(2);
}

const moduleDir = dirname(require.resolve('better-sqlite3/package.json'));
const release = join(moduleDir, 'build', 'Release');
const active = join(release, 'better_sqlite3.node');
const marker = join(release, '.pendamping-target');

function electronVersion() {
  try {
    return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function electronBinaryPresent() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    return existsSync(join(dir, 'path.txt')) && existsSync(join(dir, 'dist'));
  } catch {
    return false;
  }
}

const target =
  runtime === 'node' ? `node-abi${process.versions.modules}` : `electron-${electronVersion()}`;
const kept = join(release, `better_sqlite3.${target}.node`);
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : undefined;

function loadsInNode() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"],
    { cwd: process.cwd(), stdio: 'ignore' },
  );
  return probe.status === 0;
}

function remember() {
  copyFileSync(active, kept);
  writeFileSync(marker, target + '\n');
}

if (current === target && existsSync(active)) process.exit(0);

if (existsSync(kept)) {
  copyFileSync(kept, active);
  writeFileSync(marker, target + '\n');
  console.log(`better-sqlite3: switched to the kept ${target} build`);
  process.exit(0);
}

if (runtime === 'node') {
  if (existsSync(active) && loadsInNode()) {
    remember();
    process.exit(0);
  }
  console.log('better-sqlite3: building for Node (first time only, a few minutes)…');
  execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
  remember();
  process.exit(0);
}

if (!electronBinaryPresent()) {
  console.error(
    "Electron's binary is not installed (was ELECTRON_SKIP_BINARY_DOWNLOAD=1 set?).\n" +
      'On this machine only the web host runs: npm run web',
  );
  process.exit(1);
}
console.log(`better-sqlite3: building for Electron ${electronVersion()}…`);
execFileSync('npx', ['electron-rebuild', '--force', '--only', 'better-sqlite3'], {
  stdio: 'inherit',
});
remember();
