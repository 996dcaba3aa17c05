import type { Language } from '../../../shared/api/settings';

/** Bytes as a counselor reads a data quota: KB or MB, in the chosen language's digits. */
export function formatBytes(bytes: number, language: Language): string {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'KB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
