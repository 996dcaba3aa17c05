import { z } from 'zod';
import { DomainError } from '../errors';
import { ActorId, IsoDateTime } from '../primitives';
import { resolveTemplate, type TemplateRegistry } from './registry';
import { ChecklistId, hasItem, type ChecklistTemplate } from './template';

/**
 * A tick records who and when, also when it is taken back (`checked: false`): the record is an
 * audit trail, and a last-writer-wins map entry in the session's Yjs document.
 */
export const Tick = z.object({
  checked: z.boolean(),
  by: ActorId,
  at: IsoDateTime,
});
export type Tick = z.infer<typeof Tick>;

/** One session's checklist, pinned to the template version it was written with. */
export const ChecklistState = z.object({
  templateId: ChecklistId,
  version: z.number().int().min(1),
  /** Which publication of that version (registry.ts); absent for built-in versions and older sessions. */
  publicationId: z.string().optional(),
  ticks: z.record(ChecklistId, Tick),
});
export type ChecklistState = z.infer<typeof ChecklistState>;

export function newChecklistState(template: ChecklistTemplate): ChecklistState {
  return {
    templateId: template.templateId,
    version: template.version,
    ...(template.publication ? { publicationId: template.publication.id } : {}),
    ticks: {},
  };
}

/** The template version a session was written with. */
export function templateFor(registry: TemplateRegistry, state: ChecklistState): ChecklistTemplate {
  return resolveTemplate(registry, state.templateId, state.version, state.publicationId);
}

export function isTicked(state: ChecklistState, itemId: string): boolean {
  return state.ticks[itemId]?.checked === true;
}

/** Throws unless `template` is the very version the state was written with. */
export function assertSameVersion(template: ChecklistTemplate, state: ChecklistState): void {
  const otherPublication =
    state.publicationId !== undefined && template.publication?.id !== state.publicationId;
  if (
    template.templateId !== state.templateId ||
    template.version !== state.version ||
    otherPublication
  ) {
    throw new DomainError(
      'template_mismatch',
      `state is ${state.templateId} v${state.version}, template is ${template.templateId} v${template.version}`,
    );
  }
}

function setTick(
  template: ChecklistTemplate,
  state: ChecklistState,
  itemId: string,
  tick: Tick,
): ChecklistState {
  assertSameVersion(template, state);
  if (!hasItem(template, itemId)) {
    throw new DomainError(
      'unknown_item',
      `${itemId} is not in ${template.templateId} v${template.version}`,
    );
  }
  return { ...state, ticks: { ...state.ticks, [itemId]: tick } };
}

/**
 * The template is passed (not looked up) so the check "is this item in the session's own
 * version?" is explicit; get it with `templateFor(registry, state)`.
 */
export function tick(
  template: ChecklistTemplate,
  state: ChecklistState,
  itemId: string,
  by: string,
  at: string,
): ChecklistState {
  return setTick(template, state, itemId, { checked: true, by, at });
}

export function untick(
  template: ChecklistTemplate,
  state: ChecklistState,
  itemId: string,
  by: string,
  at: string,
): ChecklistState {
  return setTick(template, state, itemId, { checked: false, by, at });
}
