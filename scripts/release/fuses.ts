import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * Electron's fuses for a release build (issue #11, item 3), flipped in the packaged binary by
 * electron-builder's afterPack hook, before it signs. A fuse is a bit in the executable itself,
 * so an attacker who can only start the app (or set its environment) cannot turn them back.
 *
 * Every fuse Electron knows is named (strictlyRequireAllFuses): a new Electron with a fuse we
 * have not decided about fails the build instead of shipping with its default.
 * https://www.electronjs.org/docs/latest/tutorial/fuses
 */
export const RELEASE_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node with the user's rights.
  [FuseV1Options.RunAsNode]: false,
  // Chromium's cookie store encrypted with the OS key store; the app keeps no cookies, but a
  // future one must not land on disk in plaintext.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS=--require=… would run foreign code in the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would let anyone on the machine attach a debugger to the process holding the keys.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The asar's header hash is checked against the one embedded at packaging (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: a folder named `app` dropped beside it is ignored.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Neither is used by Pendamping; left as Electron ships them, and stated so.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, never file://: file: pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseV1Config;

/** What the hook needs to know about the packaged app (a slice of electron-builder's context). */
export interface PackedApp {
  appOutDir: string;
  /** 'win32', 'linux', 'darwin' or 'mas'. */
  platform: string;
  productFilename: string;
  executableName: string;
  /** An arm64 macOS binary must be re-signed ad hoc after flipping, or it will not start. */
  arm64: boolean;
}

/** Where the Electron binary of a packaged app may be, most likely first. */
export function electronBinaryCandidates(app: PackedApp): string[] {
  switch (app.platform) {
    case 'darwin':
    case 'mas':
      return [join(app.appOutDir, `${app.productFilename}.app`)];
    case 'win32':
      return [...new Set([app.productFilename, app.executableName])].map((name) =>
        join(app.appOutDir, `${name}.exe`),
      );
    default:
      return [...new Set([app.executableName, app.productFilename])].map((name) =>
        join(app.appOutDir, name),
      );
  }
}

/** The fuse configuration for this binary: the release fuses, plus the macOS re-signing flag. */
export function fuseConfigFor(app: PackedApp): FuseV1Config {
  const macArm = (app.platform === 'darwin' || app.platform === 'mas') && app.arm64;
  return { ...RELEASE_FUSES, resetAdHocDarwinSignature: macArm };
}

/** The afterPack hook: a release without its fuses is not built at all. */
export async function flipReleaseFuses(app: PackedApp): Promise<void> {
  const binary = electronBinaryCandidates(app).find((path) => existsSync(path));
  if (!binary) {
    throw new Error(`no Electron binary to harden in ${app.appOutDir}`);
  }
  await flipFuses(binary, fuseConfigFor(app));
}
