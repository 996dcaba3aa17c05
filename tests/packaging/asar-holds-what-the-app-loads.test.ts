import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createPackageFromStreams, extractAll, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_FILES, ASAR_UNPACK } from '../../scripts/release/electron-builder.config';
import { catalogs } from '../../shared/i18n';
import { appFiles, type AppFile } from './support/app-files';
import {
  bareImports,
  chunkClosure,
  filesBesideMain,
  rendererClosure,
  resolvedByName,
} from './support/bundle-references';

/**
 * Issue #11, item 4: the asar electron-builder would make, built here from out/ with the same
 * `files` and `asarUnpack` rules (no Electron binary needed), holds everything the bundles load
 * at run time, at the paths they resolve.
 */
const ROOT = resolve(__dirname, '../..');
const BUILT = [
  'out/main/index.js',
  'out/main/core.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

let work: string;
let archive: string;
let extracted: string;
let files: AppFile[];

function ensureBuilt(): void {
  if (BUILT.every((f) => existsSync(join(ROOT, f)))) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

beforeAll(async () => {
  ensureBuilt();
  files = appFiles(ROOT, { files: APP_FILES, asarUnpack: ASAR_UNPACK });
  work = mkdtempSync(join(tmpdir(), 'pd-asar-'));
  archive = join(work, 'resources', 'app.asar');
  await createPackageFromStreams(
    archive,
    files.map((f) => ({
      type: 'file' as const,
      path: f.path,
      unpacked: f.unpacked,
      stat: statSync(f.absolute),
      streamGenerator: () => createReadStream(f.absolute),
    })),
  );
  // Outside the repository, so nothing resolves from its node_modules by accident.
  extracted = join(work, 'app');
  extractAll(archive, extracted);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const inArchive = (path: string): boolean => {
  try {
    statFile(archive, path);
    return true;
  } catch {
    return false;
  }
};
const source = (path: string): string => readFileSync(join(extracted, path), 'utf8');

interface Probe {
  name: string;
  ok: boolean;
  path?: string;
  error?: string;
}

/** Loads modules the way the bundle at `from` (inside the extracted app) would. */
function probe(from: string, imports: string[], byName: string[]): Probe[] {
  const script = join(extracted, from, '..', '__probe.mjs');
  writeFileSync(
    script,
    `import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const [imports, byName] = JSON.parse(process.argv[2]);
const require = createRequire(import.meta.url);
const out = [];
const fail = (name, e) => out.push({ name, ok: false, error: String(e?.message ?? e) });
for (const name of imports) {
  try {
    const url = import.meta.resolve(name);
    await import(name);
    out.push({ name, ok: true, path: fileURLToPath(url) });
  } catch (e) { fail(name, e); }
}
for (const name of byName) {
  try {
    const path = require.resolve(name);
    const mod = require(path);
    if (mod && mod.ready) await mod.ready;
    out.push({ name: 'by path: ' + name, ok: true, path });
  } catch (e) { fail('by path: ' + name, e); }
}
if (imports.includes('better-sqlite3')) {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    out.push({ name: 'better-sqlite3 native', ok: true });
  } catch (e) {
    // Built for Electron's ABI, not this Node's: found where bindings looked, which is the point.
    if (/NODE_MODULE_VERSION/.test(String(e?.message))) out.push({ name: 'better-sqlite3 native', ok: true });
    else fail('better-sqlite3 native', e);
  }
}
console.log(JSON.stringify(out));
`,
  );
  const output = execFileSync(process.execPath, [script, JSON.stringify([imports, byName])], {
    cwd: extracted,
    encoding: 'utf8',
  });
  rmSync(script);
  return JSON.parse(output.trim().split('\n').pop() ?? '[]') as Probe[];
}

describe('the packaged app archive', () => {
  it('holds package.json, whose main entry is in the archive and is an ES module', () => {
    const pkg = JSON.parse(source('package.json')) as { main: string; type?: string };
    expect(inArchive(pkg.main)).toBe(true);
    expect(pkg.type).toBe('module');
  });

  it('holds every file the main process opens beside its bundle: the preload, the core entry, the renderer', () => {
    const beside = filesBesideMain(source('out/main/index.js'));
    expect(beside).toEqual(
      expect.arrayContaining(['../preload/index.cjs', 'core.js', '../renderer']),
    );
    for (const relative of beside) {
      const path = join('out/main', relative).split('\\').join('/');
      const target = relative === '../renderer' ? `${path}/index.html` : path;
      expect(inArchive(target), target).toBe(true);
    }
  });

  it('holds every chunk the main process and the core import by path, also those loaded on demand', () => {
    const chunks = ['index.js', 'core.js'].flatMap((entry) =>
      chunkClosure(join(ROOT, 'out/main'), entry, (p) => readFileSync(p, 'utf8')),
    );
    expect(chunks.some((c) => c.includes('passphrase-policy'))).toBe(true);
    for (const chunk of chunks) expect(inArchive(`out/main/${chunk}`), chunk).toBe(true);
  });

  it('gives the sandboxed preload nothing to require but electron', () => {
    const preload = source('out/preload/index.cjs');
    expect(bareImports(preload)).toEqual([]);
    expect(preload).not.toMatch(/require\(\s*"(?!electron")/);
  });

  it('loads every module the main process and the core import by name from inside the archive', () => {
    for (const bundle of ['out/main/index.js', 'out/main/core.js']) {
      const names = bareImports(source(bundle));
      const results = probe(bundle, names, []);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      for (const r of results.filter((x) => x.path)) {
        expect(r.path?.startsWith(extracted), `${r.name} resolved to ${r.path}`).toBe(true);
      }
    }
  });

  it("resolves libsodium for the Argon2 worker inside the archive, by the path the core's bundle asks for", () => {
    const byName = resolvedByName(source('out/main/core.js'));
    expect(byName).toContain('libsodium-wrappers-sumo');
    const results = probe('out/main/core.js', [], byName);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    for (const r of results) expect(r.path?.startsWith(extracted)).toBe(true);
  });

  it("opens an in-memory database through better-sqlite3's native module as packaged", () => {
    const results = probe('out/main/core.js', ['better-sqlite3'], []);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.name)).toContain('better-sqlite3 native');
  });

  it('unpacks every native module beside the archive, at the path it has inside it', () => {
    const natives = listPackage(archive, { isPack: false }).filter((p) => p.endsWith('.node'));
    expect(natives.map((p) => p.replace(/^[\\/]/, ''))).toContain(
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    for (const path of natives) {
      const entry = statFile(archive, path.replace(/^[\\/]/, '')) as { unpacked?: boolean };
      expect(entry.unpacked, path).toBe(true);
      expect(existsSync(join(`${archive}.unpacked`, path))).toBe(true);
    }
  });

  it('holds every file the renderer loads, from index.html through each chunk it imports', () => {
    const closure = rendererClosure(join(extracted, 'out/renderer'), (p) => {
      const full = join(extracted, 'out/renderer', p);
      return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
    });
    expect(closure.length).toBeGreaterThan(3);
    const missing = closure.filter((f) => !inArchive(`out/renderer/${f.path}`));
    expect(missing).toEqual([]);
  });

  it("leaves out better-sqlite3's sources, its build intermediates and the per-runtime copies", () => {
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('node_modules/better-sqlite3/deps/'))).toEqual([]);
    expect(paths.filter((p) => p.startsWith('node_modules/better-sqlite3/src/'))).toEqual([]);
    expect(paths.filter((p) => /better-sqlite3\/build\/Release\/obj/.test(p))).toEqual([]);
    expect(paths.filter((p) => /better_sqlite3\.[^/]+\.node$/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
  });
});

/** Issue #11, item 6: what the built page fetches before the unlock screen (index.html's list). */
describe('the built unlock screen', () => {
  const fetched = (): string[] => {
    const renderer = join(ROOT, 'out', 'renderer');
    const html = readFileSync(join(renderer, 'index.html'), 'utf8');
    return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) =>
      readFileSync(join(renderer, m[1] ?? ''), 'utf8'),
    );
  };

  it('fetches Bahasa Indonesia’s words up front, and English’s only once they are chosen', () => {
    const scripts = fetched().join('\n');
    expect(scripts).toContain(catalogs.id.errors.wrong_passphrase);
    expect(scripts).not.toContain(catalogs.en.errors.wrong_passphrase);
  });

  it('leaves the words of an unlocked workspace to after the unlock screen', () => {
    const scripts = fetched().join('\n');
    expect(scripts).toContain(catalogs.id.vault.unlockTitle);
    expect(scripts).not.toContain(catalogs.id.cases.intake.intro);
    expect(scripts).not.toContain(catalogs.id.review.gate.riskActionsMissing);
  });

  it('fetches at most 1.5 MB of JavaScript before it is usable', () => {
    const bytes = fetched().reduce((sum, s) => sum + Buffer.byteLength(s), 0);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });
});
