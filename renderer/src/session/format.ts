import type { Language } from '../../../shared/api/settings';
import { formatLongDateTime } from '../dates';

const locale = (language: Language) => (language === 'id' ? 'id-ID' : 'en-GB');

/** "50 menit" / "50 minutes". */
export function formatMinutes(minutes: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}

/** "Senin, 3 Maret 2025 pukul 09.30": the session header's date. */
export function formatSessionDate(iso: string, language: Language): string {
  return formatLongDateTime(iso, language);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of an <input type="datetime-local">, in local time. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a datetime-local input as an ISO instant; null when it is not a time. */
export function fromLocalInput(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
