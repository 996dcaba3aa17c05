import type { Locator, Page } from 'playwright-core';
import { catalogs } from '../../../shared/i18n';

/**
 * Types a value into one of the app's date fields (renderer/src/components/DateField.tsx) the way
 * a person does, part by part: the day, the month by its name, the year, and the hour and minute
 * when the value has a time. `value` is what the form keeps: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'.
 */
export async function fillDateField(
  scope: Page | Locator,
  label: string,
  value: string,
  language: 'id' | 'en' = 'id',
): Promise<void> {
  const w = catalogs[language].dateField;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (!m) throw new Error(`not a date field value: ${value}`);
  const [, year = '', month = '', day = '', hour, minute] = m;
  const group = dateField(scope, label);
  await group.getByRole('textbox', { name: w.day, exact: true }).fill(day);
  await group
    .getByRole('combobox', { name: w.month, exact: true })
    .selectOption(String(Number(month)));
  await group.getByRole('textbox', { name: w.year, exact: true }).fill(year);
  if (hour !== undefined && minute !== undefined) {
    await group.getByRole('textbox', { name: w.hour, exact: true }).fill(hour);
    await group.getByRole('textbox', { name: w.minute, exact: true }).fill(minute);
  }
}

/** A date field by its label. */
export function dateField(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('group', { name: label, exact: true });
}
