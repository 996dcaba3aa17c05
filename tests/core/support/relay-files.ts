import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { spawnServer, type ChildServer } from '../../server/support/child-server';

/**
 * One relay for a describe block, on SQLite even when the run also has a PostgreSQL
 * (npm test sets DATABASE_URL): the tests that use it look into the relay's own files.
 */
export function sqliteRelayForSuite(): { readonly url: string; readonly dir: string } {
  let relay: ChildServer | undefined;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pd-relay-'));
    relay = await spawnServer({ dataDir: dir, env: { DATABASE_URL: '' }, allowTeamCreation: true });
  });
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });
  return {
    get url() {
      if (!relay) throw new Error('the relay is not running yet');
      return relay.url;
    },
    get dir() {
      return dir;
    },
  };
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files under `dir` that hold `word` in UTF-8 or UTF-16 (a plaintext scan). */
export function foundIn(dir: string, word: string): string[] {
  return filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return (['utf8', 'utf16le'] as const).some((enc) => bytes.includes(Buffer.from(word, enc)));
  });
}
