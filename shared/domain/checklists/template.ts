import { z } from 'zod';
import { Label } from '../label';
import { ActorId, IsoDateTime, RecordId } from '../primitives';

/**
 * Ids are dotted and stable across versions ('who2004.s1.confidentiality'): a tick recorded against
 * an id in version 1 still means the same item in version 2, which is what lets progress be added
 * up over the sessions of a case.
 */
export const ChecklistId = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, 'dotted id of letters and digits');

export const ChecklistItem = z.object({
  itemId: ChecklistId,
  label: Label,
  /** Guidance beside the item, e.g. the paper's caveat on evaluating options online. */
  note: Label.optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistStage = z.object({
  stageId: ChecklistId,
  title: Label,
  items: z.array(ChecklistItem).min(1),
});
export type ChecklistStage = z.infer<typeof ChecklistStage>;

/**
 * A version a supervisor published for the team: its own id, who and when. Two supervisors apart
 * can publish the same version number; the id tells the two apart, so both are kept and a session
 * names the very one it was written with (registry.ts). Built-in versions have none.
 */
export const Publication = z.object({
  id: RecordId,
  by: ActorId,
  at: IsoDateTime,
});
export type Publication = z.infer<typeof Publication>;

export const ChecklistTemplate = z
  .object({
    templateId: ChecklistId,
    version: z.number().int().min(1),
    name: Label,
    /** The citation the stages and items come from. */
    source: z.string().min(1),
    stages: z.array(ChecklistStage).min(1),
    publication: Publication.optional(),
  })
  .superRefine((template, ctx) => {
    // Stage and item ids share one namespace, so an id names exactly one thing in a template.
    const seen = new Set<string>();
    for (const stage of template.stages) {
      for (const id of [stage.stageId, ...stage.items.map((i) => i.itemId)]) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id: ${id}` });
        seen.add(id);
      }
    }
  });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;

export function templateItemIds(template: ChecklistTemplate): string[] {
  return template.stages.flatMap((stage) => stage.items.map((item) => item.itemId));
}

export function hasItem(template: ChecklistTemplate, itemId: string): boolean {
  return template.stages.some((stage) => stage.items.some((item) => item.itemId === itemId));
}
