import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { createLogger } from '../core/log';
import { TEST_KDF_COST } from '../core/vault';
import { startWebHost } from './server';

/** `npm run web`: the app in a browser, on 127.0.0.1 only. */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.PENDAMPING_DATA_DIR },
    port: { type: 'string', default: '0' },
  },
});

const log = createLogger({ name: 'webhost' });
const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.pendamping-web'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const idleMinuteMs = Number(process.env.PENDAMPING_IDLE_MINUTE_MS) || undefined;
const testKdf = process.env.PENDAMPING_TEST_FAST_KDF === '1';

const core = await createCore({
  dataDir,
  version: pkg.version,
  host: 'web',
  log,
  ...(idleMinuteMs ? { idleMinuteMs } : {}),
  // Only the end-to-end tests lower Argon2id's cost; the figure is printed so it cannot hide.
  ...(testKdf ? { kdfCost: TEST_KDF_COST } : {}),
});
const host = await startWebHost({
  core,
  rendererDir: join(root, 'out', 'renderer'),
  log,
  port: Number(values.port),
});

if (testKdf) console.log('WARNING: test-only Argon2id cost in use');
console.log(`Pendamping web host: ${host.launchUrl}`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  core.close();
  await host.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
