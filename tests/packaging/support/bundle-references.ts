import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, normalize } from 'node:path';

/**
 * What the built bundles load at run time, read from the bundles themselves: so a change to how
 * a bundle finds a file (a new worker, a moved entry) is seen here without editing the test.
 */

/** A module specifier, as opposed to any other string that happens to follow `from`. */
const MODULE_NAME = /^(?:@[\w.-]+\/)?[\w.-]+(?:\/[\w.@/-]+)?$/;

/**
 * Static imports and re-exports (statements start a line in these bundles), `import("x")` and
 * `require("x")`, as written: the specifier of each.
 */
function specifiers(source: string): string[] {
  const patterns = [
    /^(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/gm,
    /^import\s*"([^"]+)"/gm,
    /\bimport\(\s*"([^"]+)"\s*\)/g,
    /\brequire\(\s*"([^"]+)"\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1] ?? ''));
}

/** Bare module names a bundle imports or requires, other than Node's own and Electron. */
export function bareImports(source: string): string[] {
  const names = specifiers(source).filter(
    (name) => MODULE_NAME.test(name) && !isBuiltin(name) && name !== 'electron',
  );
  return [...new Set(names)].sort();
}

/**
 * The chunks a main-process bundle imports by relative path, statically or on demand (the
 * passphrase rule's dictionaries load on first use), and the chunks those import in turn: paths
 * relative to `dir`, the folder of `entry`.
 */
export function chunkClosure(dir: string, entry: string, read: (path: string) => string): string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    for (const spec of specifiers(read(join(dir, file)))) {
      if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
      const target = normalize(join(dirname(file), spec))
        .split('\\')
        .join('/');
      if (found.has(target)) continue;
      found.add(target);
      visit(target);
    }
  };
  visit(entry);
  return [...found].sort();
}

/** Modules resolved by name at run time and loaded by path: `createRequire(…).resolve("x")`. */
export function resolvedByName(source: string): string[] {
  const found = source.matchAll(/createRequire\([^)]*\)\.resolve\(\s*"([^"]+)"\s*\)/g);
  return [...new Set([...found].map((m) => m[1] ?? ''))].filter(Boolean).sort();
}

/**
 * Files the main bundle opens beside itself: `join(mainDir, "../preload/index.cjs")` and the
 * like, as paths relative to the bundle's folder.
 */
export function filesBesideMain(source: string): string[] {
  const found = source.matchAll(/\bjoin\(\s*(?:mainDir|__dirname)\s*,\s*"([^"]+)"\s*\)/g);
  return [...new Set([...found].map((m) => m[1] ?? ''))].filter(Boolean).sort();
}

/** Relative files a renderer page, chunk or stylesheet refers to, resolved against its folder. */
function rendererReferences(file: string, source: string): string[] {
  let refs: string[];
  if (file.endsWith('.html')) {
    refs = [...source.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^":]+)"/g)].map(
      (m) => m[1] ?? '',
    );
  } else if (file.endsWith('.css')) {
    refs = [...source.matchAll(/url\(\s*["']?([^"')\s:]+)["']?\s*\)/g)].map((m) => m[1] ?? '');
  } else {
    // Vite's list of what a dynamic import preloads: `m.f=["./a.js","./b.css"]`.
    const preloads = /__vite__mapDeps=[^[]*\[([^\]]*)\]/.exec(source)?.[1] ?? '';
    refs = [
      ...specifiers(source).filter((s) => s.startsWith('./') || s.startsWith('../')),
      ...[...preloads.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ''),
      ...[...source.matchAll(/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)].map(
        (m) => m[1] ?? '',
      ),
    ];
  }
  return refs
    .filter((ref) => ref && !ref.startsWith('#') && !ref.startsWith('data:'))
    .map((ref) => normalize(join(dirname(file), ref.split(/[?#]/)[0] ?? ref)));
}

/**
 * Every file the renderer loads, from index.html through each chunk it reaches, as paths
 * relative to `root` (the built renderer folder), with the file that refers to each.
 */
export function rendererClosure(
  root: string,
  read: (path: string) => string | undefined = (p) => readFileSync(join(root, p), 'utf8'),
): { path: string; from: string }[] {
  const seen = new Map<string, string>([['index.html', '(start)']]);
  const queue = ['index.html'];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (!/\.(html|js|mjs|css)$/.test(file)) continue;
    const source = read(file);
    if (source === undefined) continue;
    for (const ref of rendererReferences(file, source)) {
      if (seen.has(ref)) continue;
      seen.set(ref, file);
      queue.push(ref);
    }
  }
  return [...seen].map(([path, from]) => ({ path, from }));
}
