import type { Language } from '../../../shared/api/settings';
import { catalogs } from '../../../shared/i18n';
import type { PdfWords } from './pdf/pdf-writer';

/** The catalog's export words in a language (shared/i18n/exports), as every file is written. */
export type ExportWords = (typeof catalogs)['id']['exports'];

export function exportWords(language: Language): ExportWords {
  return catalogs[language].exports;
}

/** Fills `{{name}}` placeholders, as i18next does on the screens. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

const LOCALE: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "1 November 2026" for a 'YYYY-MM-DD' day or the day of an ISO date-time. */
export function formatDay(dateOrDateTime: string, language: Language): string {
  const day = dateOrDateTime.slice(0, 10);
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function pdfWords(words: ExportWords, generatedAtIso: string, language: Language): PdfWords {
  return {
    generatedAt: fill(words.file.generatedAt, { date: formatDateTime(generatedAtIso, language) }),
    page: (page, pages) => fill(words.file.page, { page, pages }),
  };
}
