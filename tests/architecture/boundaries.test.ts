import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
}

const NODE = /^(node:|fs$|path$|os$|crypto$|child_process$|net$|http$|better-sqlite3|libsodium)/;

describe('the layers stay apart', () => {
  it('the renderer imports no Node module and nothing from electron/', () => {
    const offenders = sources('renderer/src').flatMap((file) =>
      imports(file)
        .filter((i) => NODE.test(i) || i === 'electron' || i.includes('/electron/'))
        .map((i) => `${file}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core, the web host and the server never import electron', () => {
    const dirs = ['electron/core', 'electron/webhost'];
    const offenders = dirs.flatMap(sources).flatMap((file) =>
      imports(file)
        .filter((i) => i === 'electron')
        .map(() => file),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/ imports nothing that only runs on one side (libsodium, which runs anywhere, only in shared/crypto)', () => {
    const offenders = sources('shared').flatMap((file) =>
      imports(file)
        .filter((i) => !(file.startsWith('shared/crypto/') && i === 'libsodium-wrappers-sumo'))
        .filter((i) => NODE.test(i) || i.includes('/electron/') || i.includes('/renderer/'))
        .map((i) => `${file}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the relay imports only shared/, never the client core', () => {
    const offenders = sources('server').flatMap((file) =>
      imports(file)
        .filter((i) => i === 'electron' || i.includes('/electron/') || i.includes('/renderer/'))
        .map((i) => `${file}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer holds no key: it imports neither libsodium nor the shared crypto', () => {
    const offenders = sources('renderer/src').flatMap((file) =>
      imports(file)
        .filter((i) => /shared\/crypto|sync\/identity|sync\/roster/.test(i))
        .map((i) => `${file}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });
});
