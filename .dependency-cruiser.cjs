// The layers of docs' ARCHITECTURE.md, held by a tool (issue #15, item 1). Run by
// tests/architecture/dependency-rules.test.ts (so `npm test` runs it) and by hand with
// `npx depcruise electron renderer/src shared server`.
//
// Paths are relative to the repository root. An npm package resolves to its file under
// node_modules/, so `electron` the package is `node_modules/electron/...`, never our electron/.

/** npm packages that only run in Node or only in Electron's main process. */
const NODE_ONLY_PACKAGES = '(^|/)node_modules/(electron|better-sqlite3|pg|pg-[^/]+|ws|pino)/';
/** The package itself when it does not resolve (e.g. `electron` without its binary). */
const ELECTRON_UNRESOLVED = '^electron$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-imports-no-runtime',
      comment:
        'shared/ runs everywhere (Node, Electron, the browser): no Node builtins, no Node-only ' +
        'package, nothing from electron/, renderer/ or server/.',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        path: ['^electron/', '^renderer/', '^server/', NODE_ONLY_PACKAGES, ELECTRON_UNRESOLVED],
      },
    },
    {
      name: 'shared-imports-no-node-builtin',
      comment: 'shared/ runs in the browser too: no Node builtins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'libsodium-only-in-shared-crypto',
      comment:
        'In shared/, libsodium (which runs anywhere) is reached only through shared/crypto, so ' +
        'the one place that loads it is the one place to audit.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '^shared/crypto/' },
      to: { path: '(^|/)node_modules/libsodium' },
    },
    {
      name: 'core-never-imports-electron',
      comment:
        'electron/core (and the web host that runs it in plain Node) never import electron: ' +
        'every line of logic runs under Vitest and in the web host.',
      severity: 'error',
      from: { path: '^electron/(core|webhost)/' },
      to: {
        path: ['(^|/)node_modules/electron/', ELECTRON_UNRESOLVED, '^electron/(main|preload)/'],
      },
    },
    {
      name: 'core-never-imports-renderer-or-server',
      comment: 'The core is reached by the renderer through shared/api, not the other way round.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: ['^renderer/', '^server/'] },
    },
    {
      name: 'server-imports-only-shared',
      comment:
        'The relay imports shared/, its own files, Node builtins and its npm dependencies; never ' +
        'the client core, the renderer or the Electron hosts.',
      severity: 'error',
      from: { path: '^server/' },
      to: {
        pathNot: ['^server/', '^shared/', '(^|/)node_modules/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'server-never-imports-electron',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: ['(^|/)node_modules/electron/', ELECTRON_UNRESOLVED] },
    },
    {
      name: 'renderer-imports-only-shared',
      comment:
        'The renderer (sandboxed, no Node) imports shared/, its own files and browser packages; ' +
        'it reaches the core only through the API client.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        pathNot: ['^renderer/', '^shared/', '(^|/)node_modules/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'renderer-imports-no-node',
      comment: 'No Node builtins and no Node-only package in the renderer.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-imports-no-node-package',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: [NODE_ONLY_PACKAGES, ELECTRON_UNRESOLVED] },
    },
    {
      name: 'renderer-holds-no-key',
      comment:
        'The renderer holds no key: neither libsodium nor the shared crypto, the device identity ' +
        'or the roster (which signs and verifies).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        path: ['(^|/)node_modules/libsodium', '^shared/crypto/', '^shared/sync/(identity|roster)'],
      },
    },
    {
      name: 'no-runtime-cycles',
      comment:
        'No runtime import cycle anywhere: a cycle makes load order decide what is undefined. ' +
        'Cycles made of type-only imports vanish when compiled, so they are allowed.',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import the tool cannot resolve is one no rule can check.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ELECTRON_UNRESOLVED },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // npm packages are not followed, but not excluded either: an edge to `electron` or
    // libsodium must be seen to be refused.
    exclude: { path: '^out/' },
    // Type-only imports are dependencies too (a renderer must not import a core type), but they
    // are marked `type-only` so the cycle rule can let them through.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
