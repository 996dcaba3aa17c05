import { z } from 'zod';
import { method } from './method';

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
  'settings.get': method(() => ({ input: z.object({}), output: Settings })),
  'settings.update': method(() => ({ input: Settings.partial(), output: Settings })),
} as const;
