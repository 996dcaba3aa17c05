import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue #15, item 3: time through one clock seam. The core, the relay and shared code read "now"
 * from a Clock (shared/clock.ts, re-exported as electron/core/clock.ts) that they are given, so a
 * test moves time the same way everywhere; `Date.now()` or `new Date()` anywhere else bypasses it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['electron/core', 'server', 'shared'];

/** Where the system's time is read on purpose: the seam itself. */
const CLOCK_MODULES = ['shared/clock.ts', 'electron/core/clock.ts'];

/**
 * Reads of the system time that are not "the time", or not moved yet, with how many each file
 * holds. The list only shrinks: a new read fails the test, and so does an entry no longer needed.
 */
const ALLOWED: Record<string, { count: number; why: string }> = {
  'electron/core/fs/atomic-write.ts': {
    count: 1,
    why: 'a unique suffix for a temporary file name, not a time anyone reads',
  },
  'electron/core/backup/restore-backup.ts': {
    count: 2,
    why: 'unique names for the database files set aside by a restore; a stopped test clock would make two restores collide',
  },
};

const SYSTEM_TIME = /\bDate\.now\s*\(\s*\)|\bnew\s+Date\s*(?:\(\s*\)|(?![\s(]))/g;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** The code without its comments: a comment may name `Date.now()` to explain why it is not used. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

function readsOfSystemTime(text: string): number {
  return withoutComments(text).match(SYSTEM_TIME)?.length ?? 0;
}

function countsByFile(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of FOLDERS.flatMap((dir) => sourcesUnder(resolve(ROOT, dir)))) {
    if (CLOCK_MODULES.includes(path)) continue;
    const n = readsOfSystemTime(readFileSync(resolve(ROOT, path), 'utf8'));
    if (n > 0) counts.set(path, n);
  }
  return counts;
}

describe('one clock', () => {
  it('finds Date.now() and new Date() without an argument, and nothing else', () => {
    expect(readsOfSystemTime('const t = Date.now();')).toBe(1);
    expect(readsOfSystemTime('const d = new Date();')).toBe(1);
    expect(readsOfSystemTime('const d = new Date;')).toBe(1);
    expect(readsOfSystemTime('new Date(ms); new Date(Date.parse(s));')).toBe(0);
    expect(readsOfSystemTime('// not Date.now(), the clock\n/* new Date() */ clock.now()')).toBe(0);
    expect(readsOfSystemTime("fetch('https://x'); Date.now()")).toBe(1);
  });

  it('reads the time in electron/core, server and shared only through the clock seam', () => {
    const counts = countsByFile();
    const unexpected = [...counts]
      .filter(([path, n]) => n > (ALLOWED[path]?.count ?? 0))
      .map(([path, n]) => `${path}: ${n} read(s) of the system time; take a Clock instead`);
    expect(unexpected).toEqual([]);
  });

  it('keeps no allowance a file no longer needs', () => {
    const counts = countsByFile();
    const stale = Object.entries(ALLOWED)
      .filter(([path, allowed]) => (counts.get(path) ?? 0) < allowed.count)
      .map(([path]) => `${path}: fewer reads than allowed; lower or remove its entry`);
    expect(stale).toEqual([]);
  });
});
