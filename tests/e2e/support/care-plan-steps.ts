import type { Page } from 'playwright-core';
import type { Language } from '../../../shared/api/settings';
import { INTAKE_2026, labelText } from '../../../shared/domain';
import { catalogs } from '../../../shared/i18n';

/**
 * The steps of a counselor's first weeks with a client (issue #13, items 1 and 2), as
 * counselor-assesses-plans-and-marks-progress.spec.ts takes them, for specs that go on from there.
 */
const question = (itemId: string) =>
  INTAKE_2026.stages.flatMap((s) => s.items).find((i) => i.itemId === itemId)?.label ?? {
    id: '',
    en: '',
  };

export async function newCase(page: Page, alias: string, language: Language): Promise<void> {
  const w = catalogs[language];
  const nav = page.getByRole('navigation');
  await nav.getByRole('button', { name: w.nav.cases, exact: true }).click();
  await page.getByRole('button', { name: w.cases.newCase.open }).click();
  await page.getByLabel(w.cases.newCase.alias, { exact: true }).fill(alias);
  await page.getByRole('button', { name: w.cases.newCase.create }).click();
  await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
}

/** First contact: one answer of the intake questionnaire, saved. */
export async function fillIntake(page: Page, answer: string, language: Language): Promise<void> {
  const c = catalogs[language].cases;
  await page.getByRole('tab', { name: c.tabs.intake }).click();
  await page.getByRole('button', { name: c.intake.start }).click();
  await page
    .getByLabel(labelText(question('intake.concern.what'), language), { exact: true })
    .fill(answer);
  await page.getByRole('button', { name: c.intake.save }).click();
  await page.getByText(answer).waitFor();
}

export async function addGoal(
  page: Page,
  goal: { kind: 'goal' | 'need'; text: string; priority: string },
  language: Language,
): Promise<void> {
  const c = catalogs[language].cases;
  await page.locator('#case-tab-carePlan').click();
  await page.getByRole('button', { name: c.carePlan.addGoal }).first().click();
  await page.getByLabel(c.carePlan.kind, { exact: true }).selectOption(goal.kind);
  await page.getByLabel(c.carePlan.text, { exact: true }).fill(goal.text);
  await page.getByLabel(c.carePlan.priority, { exact: true }).selectOption(goal.priority);
  await page.getByRole('button', { name: c.carePlan.saveGoal }).click();
  await page.locator('.open-goals').getByText(goal.text).waitFor();
}

/** A new session of the open case; from its page, the plan, marking that session's progress. */
export async function sessionMarkingProgress(
  page: Page,
  marks: Array<{ goal: string; level: number }>,
  language: Language,
): Promise<void> {
  const w = catalogs[language];
  const c = w.cases;
  await page.getByRole('tab', { name: c.tabs.sessions }).click();
  await page.getByRole('button', { name: c.sessions.new }).click();
  await page.getByRole('button', { name: c.sessions.create }).click();
  await page.getByRole('region', { name: w.session.note.title }).waitFor();
  await page.getByRole('button', { name: c.carePlan.fromSession }).click();
  await page.locator('#case-tab-carePlan[aria-selected="true"]').waitFor();
  await page.getByRole('button', { name: c.carePlan.markTitle }).click();
  for (const { goal, level } of marks) {
    await page
      .getByRole('group', { name: goal })
      .getByLabel(c.carePlan.level, { exact: true })
      .selectOption(String(level));
  }
  await page.getByRole('button', { name: c.carePlan.saveMarks }).click();
  // The chart appears where the form was, under the pointer: move it off, as a person's hand
  // would, so no tooltip stays open over the next steps.
  await page.mouse.move(1, 1);
  await page.locator('.recharts-line').first().waitFor({ state: 'attached' });
}
