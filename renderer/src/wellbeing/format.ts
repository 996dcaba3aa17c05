/** The local calendar day of an instant, as YYYY-MM-DD (what the date formatters take). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const percent = (share: number): number => Math.round(share * 100);
