import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '../../../shared/api/settings';
import { writeFileAtomic } from '../fs/atomic-write';

const FILE = 'settings.json';

/**
 * Device settings (language, lock time, theme, text size). They are not client data, so they are kept in clear and
 * can be read before the vault is unlocked: the lock screen must speak the user's language.
 */
export class SettingsFile {
  private current: Settings;

  constructor(private readonly dataDir: string) {
    this.current = this.read();
  }

  get(): Settings {
    return { ...this.current };
  }

  update(patch: SettingsPatch): Settings {
    const next = Settings.parse({ ...this.current, ...patch });
    writeFileAtomic(join(this.dataDir, FILE), JSON.stringify(next, null, 2));
    this.current = next;
    return this.get();
  }

  private read(): Settings {
    const file = join(this.dataDir, FILE);
    if (!existsSync(file)) return { ...DEFAULT_SETTINGS };
    try {
      const parsed = SettingsPatch.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // A damaged settings file costs the user their preferences, never their start-up.
      return parsed.success ? { ...DEFAULT_SETTINGS, ...parsed.data } : { ...DEFAULT_SETTINGS };
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }
}
