import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

/**
 * The files electron-builder puts in the app's asar, reproduced from the same rules: the app's
 * own files matched by `files`; every production dependency (followed from package.json's
 * `dependencies`, the way npm resolves them) minus the `files` exclusions; and electron-builder's
 * own default exclusions (app-builder-lib/out/fileMatcher.js).
 */
const DEFAULT_EXCLUDES = [
  '**/*.{iml,hprof,orig,pyc,pyo,rbc,swp,csproj,sln,suo,xproj,cc,d.ts,mk,a,o,obj,forge-meta,pdb}',
  '**/._*',
  '**/{.git,.hg,.svn,CVS,RCS,SCCS,__pycache__,.DS_Store,thumbs.db,.gitignore,.gitkeep,.gitattributes,.npmignore,.idea,.vs,.flowconfig,.jshintrc,.eslintrc,.circleci,.yarn-integrity,.yarn-metadata.json,yarn-error.log,yarn.lock,package-lock.json,npm-debug.log,pnpm-lock.yaml,bun.lock,bun.lockb,appveyor.yml,.travis.yml,circle.yml,.nyc_output,.husky,.github,electron-builder.env}',
  '**/{.git,.hg,.svn,CVS,RCS,SCCS,__pycache__,.github,.husky,.nyc_output,.idea,.vs}/**',
];

export interface AppFile {
  /** Path inside the asar, with forward slashes. */
  path: string;
  absolute: string;
  unpacked: boolean;
}

/** The very minimatch electron-builder matches with (its own copy, not whatever is hoisted). */
type Minimatch = (path: string, pattern: string, options: { dot: boolean }) => boolean;
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
const { minimatch } = fromBuilder('minimatch') as { minimatch: Minimatch };

const matches = (path: string, pattern: string): boolean => minimatch(path, pattern, { dot: true });

interface PackageJson {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** Node's lookup: node_modules/<name> in `from`, then in each folder above it up to `root`. */
function findPackage(root: string, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || !dir.startsWith(root)) return undefined;
  }
}

/** The folders of every production dependency, transitively. */
export function productionPackages(root: string): string[] {
  const found = new Set<string>();
  const visit = (dir: string, optional: Set<string>): void => {
    const pkg = readPackage(dir);
    const names = [
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.optionalDependencies ?? {}),
    ];
    const optionalNames = new Set(Object.keys(pkg.optionalDependencies ?? {}));
    for (const name of names) {
      const at = findPackage(root, dir, name);
      if (!at) {
        if (optionalNames.has(name) || optional.has(name)) continue;
        throw new Error(`${name}, needed by ${relative(root, dir) || 'the app'}, is not installed`);
      }
      if (found.has(at)) continue;
      found.add(at);
      visit(at, optionalNames);
    }
  };
  visit(root, new Set());
  return [...found].sort();
}

function walk(dir: string, skipNodeModules: boolean, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skipNodeModules && entry.name === 'node_modules') continue;
      walk(path, skipNodeModules, out);
    } else if (entry.isFile() || (entry.isSymbolicLink() && lstatSync(path).isFile())) {
      out.push(path);
    }
  }
  return out;
}

export function appFiles(
  root: string,
  rules: { files: readonly string[]; asarUnpack: readonly string[] },
): AppFile[] {
  const includes = rules.files.filter((p) => !p.startsWith('!'));
  const excludes = [...rules.files.filter((p) => p.startsWith('!')).map((p) => p.slice(1))];
  const excluded = (path: string): boolean =>
    [...excludes, ...DEFAULT_EXCLUDES].some((pattern) => matches(path, pattern));
  const toEntry = (absolute: string): AppFile => {
    const path = relative(root, absolute).split(sep).join('/');
    return { path, absolute, unpacked: rules.asarUnpack.some((p) => matches(path, p)) };
  };

  // Only the folders the include patterns start from are walked, not the whole repository.
  const bases = [...new Set(includes.map((p) => p.split('/')[0] ?? p))];
  const own = bases
    .map((base) => join(root, base))
    .filter((path) => existsSync(path))
    .flatMap((path) => (lstatSync(path).isDirectory() ? walk(path, true) : [path]))
    .map(toEntry)
    .filter((f) => !f.path.startsWith('node_modules/'))
    .filter((f) => includes.some((p) => matches(f.path, p)) && !excluded(f.path));
  const dependencies = productionPackages(root)
    .flatMap((dir) => walk(dir, true))
    .map(toEntry)
    .filter((f) => !excluded(f.path));
  return [...own, ...dependencies];
}
