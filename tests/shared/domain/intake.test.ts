import { describe, expect, it } from 'vitest';
import {
  builtInIntakeTemplates,
  builtInTemplates,
  ChecklistTemplate,
  cleanIntakeAnswers,
  createRegistry,
  currentIntakeTemplate,
  findTemplate,
  intakeProgress,
  isIntakeTemplate,
  publishVersion,
} from '../../../shared/domain';
import { thrownCode } from './support';

const registryWithIntake = () =>
  createRegistry([...builtInTemplates(), ...builtInIntakeTemplates()]);

function nextIntake(from: ChecklistTemplate): ChecklistTemplate {
  const next = structuredClone(from);
  next.version = from.version + 1;
  next.stages[0]?.items.push({
    itemId: 'intake.general.language',
    label: { id: 'Bahasa sehari-hari klien', en: "The client's everyday language" },
  });
  return next;
}

describe('the intake questionnaire template', () => {
  it('ships a valid default intake with the sections the seed papers name, in both languages', () => {
    const [intake] = builtInIntakeTemplates();
    if (!intake) throw new Error('no default intake');
    expect(ChecklistTemplate.safeParse(intake).success).toBe(true);
    expect(intake.stages.map((s) => s.stageId)).toEqual([
      'intake.general',
      'intake.concern',
      'intake.safety',
      'intake.support',
      'intake.needs',
      'intake.health',
      'intake.consent',
    ]);
    for (const stage of intake.stages) {
      expect(stage.title.id).not.toBe(stage.title.en);
      for (const item of stage.items) {
        expect(item.label.id.length).toBeGreaterThan(3);
        expect(item.label.en.length).toBeGreaterThan(3);
      }
    }
  });

  it('is told apart from the session checklists by its id', () => {
    expect(isIntakeTemplate('intake')).toBe(true);
    expect(builtInTemplates().some((t) => isIntakeTemplate(t.templateId))).toBe(false);
    expect(() => currentIntakeTemplate(registryWithIntake(), 'who2004')).toThrow();
  });

  it('is versioned like a checklist: a new intake uses the latest version, an old one keeps its own', () => {
    const registry = registryWithIntake();
    const v1 = currentIntakeTemplate(registry);
    expect(v1.version).toBe(1);
    const published = publishVersion(registry, nextIntake(v1));
    expect(currentIntakeTemplate(published).version).toBe(2);
    expect(findTemplate(published, 'intake', 1)?.stages[0]?.items).toHaveLength(
      v1.stages[0]?.items.length ?? 0,
    );
    expect(thrownCode(() => publishVersion(published, { ...nextIntake(v1), version: 4 }))).toBe(
      'version_not_next',
    );
  });

  it('keeps answers trimmed, drops empty ones and refuses an answer to a question the version lacks', () => {
    const [intake] = builtInIntakeTemplates();
    if (!intake) throw new Error('no default intake');
    expect(
      cleanIntakeAnswers(intake, {
        'intake.concern.what': '  sulit tidur  ',
        'intake.health.sleep': ' ',
      }),
    ).toEqual({ 'intake.concern.what': 'sulit tidur' });
    expect(
      thrownCode(() => cleanIntakeAnswers(intake, { 'intake.general.language': 'Jawa' })),
    ).toBe('unknown_item');
  });

  it('counts the answered questions per section', () => {
    const [intake] = builtInIntakeTemplates();
    if (!intake) throw new Error('no default intake');
    const progress = intakeProgress(intake, {
      'intake.general.living': 'Bersama ibu',
      'intake.safety.place': 'Rumah kakak',
    });
    expect(progress.answered).toBe(2);
    expect(progress.total).toBe(intake.stages.reduce((n, s) => n + s.items.length, 0));
    expect(progress.sections.find((s) => s.stageId === 'intake.safety')).toMatchObject({
      answered: 1,
      total: 3,
    });
  });
});
