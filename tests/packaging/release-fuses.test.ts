import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config from '../../scripts/release/electron-builder.config';
import {
  electronBinaryCandidates,
  flipReleaseFuses,
  fuseConfigFor,
  RELEASE_FUSES,
  type PackedApp,
} from '../../scripts/release/fuses';

type DebugLogger = Parameters<typeof validateConfiguration>[1];

const app = (over: Partial<PackedApp> = {}): PackedApp => ({
  appOutDir: '/dist/unpacked',
  platform: 'linux',
  productFilename: 'Pendamping',
  executableName: 'pendamping',
  arm64: false,
  ...over,
});

describe('the fuses of a release build', () => {
  it('turn off running as Node, NODE_OPTIONS and the inspector', () => {
    expect(RELEASE_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(RELEASE_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(RELEASE_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });

  it('turn on cookie encryption, asar integrity validation and loading the app only from its asar', () => {
    expect(RELEASE_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(RELEASE_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(RELEASE_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('name every fuse Electron knows, so a new one fails the build instead of shipping its default', () => {
    expect(RELEASE_FUSES.strictlyRequireAllFuses).toBe(true);
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const fuse of known) expect(typeof RELEASE_FUSES[fuse], `fuse ${fuse}`).toBe('boolean');
  });

  it('re-sign an arm64 macOS binary ad hoc, and nothing else', () => {
    expect(fuseConfigFor(app({ platform: 'darwin', arm64: true })).resetAdHocDarwinSignature).toBe(
      true,
    );
    expect(fuseConfigFor(app({ platform: 'darwin' })).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfigFor(app({ platform: 'win32', arm64: true })).resetAdHocDarwinSignature).toBe(
      false,
    );
  });

  it('are flipped in the binary electron-builder packed for each platform', () => {
    expect(electronBinaryCandidates(app({ platform: 'win32' }))).toEqual([
      join('/dist/unpacked', 'Pendamping.exe'),
      join('/dist/unpacked', 'pendamping.exe'),
    ]);
    expect(electronBinaryCandidates(app())[0]).toBe(join('/dist/unpacked', 'pendamping'));
    expect(electronBinaryCandidates(app({ platform: 'darwin' }))).toEqual([
      join('/dist/unpacked', 'Pendamping.app'),
    ]);
  });

  it('stop the release when no binary is there to harden', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pd-fuses-'));
    await expect(flipReleaseFuses(app({ appOutDir: empty }))).rejects.toThrow(/no Electron binary/);
  });

  it('refuse a file that is not an Electron binary rather than ship it unhardened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-fuses-'));
    writeFileSync(join(dir, 'pendamping'), 'not an electron binary');
    await expect(flipReleaseFuses(app({ appOutDir: dir }))).rejects.toThrow();
  });

  it('are flipped by the afterPack hook of the packaging configuration', () => {
    expect(typeof config.afterPack).toBe('function');
  });
});

describe('the packaging configuration', () => {
  it('installs on Windows per user, without administrator rights, for x64', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      oneClick: false,
    });
  });

  it('builds an AppImage and a .deb for Linux, and a dmg for macOS', () => {
    const linux = (config.linux?.target ?? []) as { target: string }[];
    expect(linux.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    const mac = (config.mac?.target ?? []) as { target: string }[];
    expect(mac.map((t) => t.target)).toEqual(['dmg']);
  });

  it('keeps the vault when the app is uninstalled', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('names no certificate or password: signing reads them from the environment', () => {
    const text = JSON.stringify(config);
    expect(text).not.toMatch(
      /certificateFile|certificatePassword|cscLink|cscKeyPassword|\.p12|\.pfx/i,
    );
  });

  it('is valid for electron-builder, whose schema refuses what it does not know', async () => {
    // Its debug log is off unless enabled: nothing is written.
    const logger = { isEnabled: false, add: () => undefined } as unknown as DebugLogger;
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...config, nsis: { ...config.nsis, perUser: true } } as Configuration,
        logger,
      ),
    ).rejects.toThrow();
  });
});
