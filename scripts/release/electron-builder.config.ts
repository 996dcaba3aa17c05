import { Arch, type Configuration } from 'electron-builder';
import { flipReleaseFuses } from './fuses';

/**
 * How `npm run dist` packages the desktop app (issue #11, item 4). tests/packaging builds an asar
 * from out/ with these same `files` and `asarUnpack` rules and checks that everything the
 * bundles load at run time is in it.
 *
 * Signing certificates come from the environment only (CSC_LINK / CSC_KEY_PASSWORD, or
 * WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD for Windows; APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and
 * APPLE_TEAM_ID for notarising), never from the repository: see README, "Publishing a release".
 */
export const APP_FILES = [
  'out/**/*',
  '!**/*.map',
  'package.json',
  // better-sqlite3 ships its C sources and the build's intermediates; the app needs only its
  // lib/ and the one compiled module. scripts/native-build.mjs keeps a copy per runtime beside
  // it (better_sqlite3.<runtime>.node): none of those is the one that loads.
  '!**/node_modules/better-sqlite3/{deps,src,docs,benchmark}{,/**/*}',
  '!**/node_modules/better-sqlite3/build/{deps,*.mk,Makefile,config.gypi}{,/**/*}',
  '!**/node_modules/better-sqlite3/build/Release/{obj,obj.target,.deps}{,/**/*}',
  '!**/node_modules/better-sqlite3/build/Release/{test_extension.node,better_sqlite3.*.node}',
] as const;

/**
 * Native modules cannot be loaded from inside an asar: the operating system's loader reads them
 * from app.asar.unpacked, where Electron redirects the path. The Argon2 worker
 * (electron/core/vault/argon2-worker.ts) is evaluated from a string and requires libsodium by
 * the path the core resolves, inside app.asar: Electron reads asars in worker threads since
 * version 17 (electron/electron#33216), so libsodium stays packed.
 */
const EXECUTABLE_NAME = 'pendamping';

export const ASAR_UNPACK = ['**/*.node'] as const;

const config: Configuration = {
  appId: 'org.pendamping.desktop',
  productName: 'Pendamping',
  executableName: EXECUTABLE_NAME,
  copyright: 'Pendamping contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  files: [...APP_FILES],
  asar: true,
  asarUnpack: [...ASAR_UNPACK],
  // `npm run dist` builds better-sqlite3 for Electron first (scripts/native-build.mjs), which
  // also records which build is active; a second rebuild here would leave that record wrong.
  npmRebuild: false,
  // app.getPath('userData') is the per-user application-data folder named after productName:
  // %APPDATA%\Pendamping, ~/.config/Pendamping, ~/Library/Application Support/Pendamping.
  afterPack: (context) =>
    flipReleaseFuses({
      appOutDir: context.appOutDir,
      platform: context.electronPlatformName,
      productFilename: context.packager.appInfo.productFilename,
      executableName: EXECUTABLE_NAME,
      arm64: context.arch === Arch.arm64,
    }),
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    // Signs only when WIN_CSC_LINK (or CSC_LINK) is set; an unsigned build says so in its log.
    signtoolOptions: { signingHashAlgorithms: ['sha256'] },
  },
  nsis: {
    // Per user, into %LOCALAPPDATA%\Programs: a counselor without administrator rights installs it.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // Uninstalling keeps the vault: a reinstall must not cost anyone their notes.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Office',
    maintainer: 'Pendamping contributors <pendamping@example.org>',
    synopsis: 'Encrypted, offline-first notebook for counseling sessions',
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  deb: {
    // Electron's own needs; better-sqlite3 links SQLite statically.
    depends: [
      'libgtk-3-0',
      'libnotify4',
      'libnss3',
      'libxss1',
      'libxtst6',
      'xdg-utils',
      'libatspi2.0-0',
      'libuuid1',
      'libsecret-1-0',
    ],
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    // Notarises when APPLE_ID / APPLE_APP_SPECIFIC_PASSWORD / APPLE_TEAM_ID are set.
    notarize: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  publish: null,
};

export default config;
