import { z } from 'zod';

/**
 * Every user-visible word of the domain is bilingual data. `id` is Bahasa Indonesia (the primary
 * label, kept in the wording of the source papers); `en` is English. The field is named `id`
 * after the language code, not an identifier.
 */
export const Label = z.object({
  id: z.string().min(1),
  en: z.string().min(1),
});
export type Label = z.infer<typeof Label>;

export { labelText, type LabelLanguage } from './label-text';
