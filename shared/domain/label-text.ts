/**
 * A bilingual label read in one language, apart from the Label schema (label.ts) so that a screen
 * that only reads labels does not load zod for it: the unlock screen's error words (issue #11).
 */
export type LabelLanguage = 'id' | 'en';

export function labelText(label: { id: string; en: string }, language: LabelLanguage): string {
  return language === 'en' ? label.en : label.id;
}
