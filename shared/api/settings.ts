import { z } from 'zod';

export const Language = z.enum(['id', 'en']);
export type Language = z.infer<typeof Language>;

/** Device settings. None of them is client data, so they live outside the encrypted store. */
export const Settings = z.object({
  language: Language,
  lockAfterMinutes: z.number().int().min(1).max(240),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { language: 'id', lockAfterMinutes: 5 };

export const settingsMethods = {
  'settings.get': { input: z.object({}), output: Settings },
  'settings.update': { input: Settings.partial(), output: Settings },
} as const;
