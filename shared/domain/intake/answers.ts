import { z } from 'zod';
import { ChecklistId, type ChecklistTemplate } from '../checklists/template';
import type { TemplateRegistry } from '../checklists/registry';
import { latestTemplate } from '../checklists/registry';
import { DomainError } from '../errors';
import type { Label } from '../label';
import { ActorId, IsoDate, IsoDateTime } from '../primitives';
import { INTAKE_2026 } from './default-template';

export const DEFAULT_INTAKE_TEMPLATE_ID = INTAKE_2026.templateId;

/**
 * Intake questionnaires share the checklist templates' registry (and so their versioning and
 * publication); their ids start with 'intake'. Session pickers leave them out.
 */
export function isIntakeTemplate(templateId: string): boolean {
  return templateId === 'intake' || templateId.startsWith('intake.');
}

/** Fresh copies, as for the checklist templates. */
export function builtInIntakeTemplates(): ChecklistTemplate[] {
  return [structuredClone(INTAKE_2026)];
}

export const INTAKE_ANSWER_MAX = 5000;

/** One answer per question id; an empty answer is no answer. */
export const IntakeAnswers = z.record(ChecklistId, z.string().max(INTAKE_ANSWER_MAX));
export type IntakeAnswers = z.infer<typeof IntakeAnswers>;

/**
 * A case's intake: which template version it was filled with (kept, like a session's), the day
 * of first contact, who recorded it first and who changed it last.
 */
export const IntakeRecord = z.object({
  templateId: ChecklistId,
  templateVersion: z.number().int().min(1),
  templatePublicationId: z.string().optional(),
  firstContactDate: IsoDate,
  recordedBy: ActorId,
  recordedAt: IsoDateTime,
  updatedBy: ActorId,
  updatedAt: IsoDateTime,
});
export type IntakeRecord = z.infer<typeof IntakeRecord>;

/** The template a new intake is filled with: the latest published intake version. */
export function currentIntakeTemplate(
  registry: TemplateRegistry,
  templateId = DEFAULT_INTAKE_TEMPLATE_ID,
): ChecklistTemplate {
  if (!isIntakeTemplate(templateId)) {
    throw new DomainError('unknown_template', `${templateId} is not an intake questionnaire`);
  }
  const template = latestTemplate(registry, templateId);
  if (!template) throw new DomainError('unknown_template', `no intake template ${templateId}`);
  return template;
}

/**
 * Answers as they are kept: trimmed, empty ones dropped, and only for questions the template
 * has (an answer to a question of another version would be shown nowhere).
 */
export function cleanIntakeAnswers(
  template: ChecklistTemplate,
  answers: IntakeAnswers,
): IntakeAnswers {
  const questions = new Set(template.stages.flatMap((s) => s.items.map((i) => i.itemId)));
  const out: IntakeAnswers = {};
  for (const [itemId, text] of Object.entries(answers)) {
    if (!questions.has(itemId)) {
      throw new DomainError('unknown_item', `no question ${itemId} in ${template.templateId}`);
    }
    const trimmed = text.trim();
    if (trimmed) out[itemId] = trimmed;
  }
  return out;
}

export interface IntakeSectionProgress {
  stageId: string;
  title: Label;
  answered: number;
  total: number;
}

/** How much of each section is answered, for the case and the session page to show. */
export function intakeProgress(
  template: ChecklistTemplate,
  answers: IntakeAnswers,
): { sections: IntakeSectionProgress[]; answered: number; total: number } {
  const sections = template.stages.map((stage) => ({
    stageId: stage.stageId,
    title: stage.title,
    answered: stage.items.filter((i) => (answers[i.itemId] ?? '').trim() !== '').length,
    total: stage.items.length,
  }));
  return {
    sections,
    answered: sections.reduce((n, s) => n + s.answered, 0),
    total: sections.reduce((n, s) => n + s.total, 0),
  };
}
