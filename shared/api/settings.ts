import { z } from 'zod/mini';
import { method } from './method';

export const Language = z.enum(['id', 'en']);
export type Language = z.infer<typeof Language>;

/** "system" follows the operating system's light or dark preference (prefers-color-scheme). */
export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** Steps of the base font size, for small old screens and tired eyes (issue #15, item 4). */
export const TextSize = z.enum(['normal', 'large', 'larger']);
export type TextSize = z.infer<typeof TextSize>;

const fields = {
  language: Language,
  lockAfterMinutes: z.int().check(z.gte(1), z.lte(240)),
  theme: Theme,
  textSize: TextSize,
};

/**
 * Device settings. None of them is client data, so they live outside the encrypted store. The
 * look has defaults so that a settings file or a core from before it existed still reads.
 */
export const Settings = z.object({
  ...fields,
  theme: z._default(Theme, 'system'),
  textSize: z._default(TextSize, 'normal'),
});
export type Settings = z.infer<typeof Settings>;

/** A change names only what changes: no defaults here, or they would overwrite what is kept. */
export const SettingsPatch = z.partial(z.object(fields));
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'id',
  lockAfterMinutes: 5,
  theme: 'system',
  textSize: 'normal',
};

export const settingsMethods = {
  'settings.get': method(() => ({ input: z.object({}), output: Settings })),
  'settings.update': method(() => ({ input: SettingsPatch, output: Settings })),
} as const;
