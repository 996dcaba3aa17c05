import { DomainError } from '../errors';
import type { Label } from '../label';
import { comparePublications, type TemplateRegistry } from './registry';
import { assertSameVersion, isTicked, templateFor, type ChecklistState } from './state';
import type { ChecklistStage, ChecklistTemplate } from './template';

export interface StageProgress {
  stageId: string;
  title: Label;
  done: number;
  total: number;
}

export interface CaseStageProgress extends StageProgress {
  /** Items of this stage ticked in at least one session of the case. */
  tickedItemIds: string[];
}

export interface CaseProgress {
  templateId: string;
  /** The version progress is measured against: the newest one the case's sessions used. */
  version: number;
  sessionCount: number;
  currentStageId: string;
  stages: CaseStageProgress[];
}

function progressOf(template: ChecklistTemplate, ticked: (itemId: string) => boolean) {
  return template.stages.map((stage) => {
    const tickedItemIds = stage.items.map((i) => i.itemId).filter(ticked);
    return {
      stageId: stage.stageId,
      title: stage.title,
      done: tickedItemIds.length,
      total: stage.items.length,
      tickedItemIds,
    };
  });
}

function firstOpenStage<S extends { done: number; total: number }>(stages: S[]): S {
  const open = stages.find((s) => s.done < s.total) ?? stages.at(-1);
  // A template has at least one stage (schema), so `open` is always set.
  if (!open) throw new DomainError('invalid_template', 'template has no stages');
  return open;
}

/** Per stage of one session: how many of its items are ticked. */
export function stageProgress(template: ChecklistTemplate, state: ChecklistState): StageProgress[] {
  assertSameVersion(template, state);
  return progressOf(template, (id) => isTicked(state, id)).map(
    ({ stageId, title, done, total }) => ({ stageId, title, done, total }),
  );
}

/** The first stage not fully ticked; the last stage once all are done. */
export function currentStage(template: ChecklistTemplate, state: ChecklistState): ChecklistStage {
  const { stageId } = firstOpenStage(stageProgress(template, state));
  const stage = template.stages.find((s) => s.stageId === stageId);
  if (!stage) throw new DomainError('invalid_template', `stage ${stageId} vanished`);
  return stage;
}

/** Every tick of a stored state must name an item of the state's own template version. */
function assertTicksKnown(template: ChecklistTemplate, state: ChecklistState): void {
  const known = new Set(template.stages.flatMap((s) => s.items.map((i) => i.itemId)));
  for (const itemId of Object.keys(state.ticks)) {
    if (!known.has(itemId)) {
      throw new DomainError(
        'unknown_item',
        `${itemId} is not in ${state.templateId} v${state.version}`,
      );
    }
  }
}

/**
 * Progress over all the sessions of a case: an item counts as done when any session ticked it.
 * Each session is checked against its own template version (resolved through the registry); the
 * totals are measured against the newest version the case used, per template. Because item ids
 * are stable across versions, a tick made under version 1 counts for the same item in version 2;
 * an item dropped from the newer version no longer counts.
 */
export function caseProgress(
  registry: TemplateRegistry,
  states: readonly ChecklistState[],
): CaseProgress[] {
  const byTemplate = new Map<string, { group: ChecklistState[]; template: ChecklistTemplate }>();
  for (const state of states) {
    const own = templateFor(registry, state);
    assertTicksKnown(own, state);
    const seen = byTemplate.get(state.templateId);
    // Among versions published under one number while apart, the one every device orders last.
    const template = seen && comparePublications(seen.template, own) >= 0 ? seen.template : own;
    byTemplate.set(state.templateId, { group: [...(seen?.group ?? []), state], template });
  }
  return [...byTemplate].map(([templateId, { group, template }]) => {
    const version = template.version;
    const stages = progressOf(template, (id) => group.some((s) => isTicked(s, id)));
    return {
      templateId,
      version,
      sessionCount: group.length,
      currentStageId: firstOpenStage(stages).stageId,
      stages,
    };
  });
}
