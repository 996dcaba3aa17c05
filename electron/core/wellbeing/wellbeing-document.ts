import * as Y from 'yjs';
import { z } from 'zod';
import { IsoDateTime, RecordId, SelfCheck, WellbeingSummary } from '../../../shared/domain';
import type { Reflection } from '../../../shared/api/wellbeing';

/**
 * The counselor's own wellbeing record (issue #13, item 7): self-checks, reflections and what was
 * last shared. One document per account, like the index: it is filed under no scope, so the
 * keyring writes it with the personal key (derived from the master key, which nobody else ever
 * receives) and the team sync never enqueues it (`Keyring.scopeOf` is undefined, the same rule
 * that keeps private notes and the index on this device).
 */
export const WELLBEING_DOCUMENT = 'wellbeing';
export const WELLBEING_KIND = 'wellbeing';

const StoredReflection = z.object({ id: RecordId, at: IsoDateTime, text: z.string() });

export class WellbeingDocument {
  constructor(private readonly doc: Y.Doc) {}

  checks(): SelfCheck[] {
    return valid(this.doc.getMap<unknown>('checks'), SelfCheck);
  }

  /** Newest first. */
  reflections(): Reflection[] {
    return valid(this.doc.getMap<unknown>('reflections'), StoredReflection).sort(
      (a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id),
    );
  }

  /** What this account last shared, kept here so the screen says so even before sync. */
  shared(): WellbeingSummary | null {
    const parsed = WellbeingSummary.safeParse(this.doc.getMap<unknown>('sharing').get('summary'));
    return parsed.success ? parsed.data : null;
  }

  addCheck(check: SelfCheck): void {
    this.doc.getMap<unknown>('checks').set(check.id, check);
  }

  addReflection(reflection: Reflection): void {
    this.doc.getMap<unknown>('reflections').set(reflection.id, reflection);
  }

  removeReflection(id: string): void {
    this.doc.getMap<unknown>('reflections').delete(id);
  }

  setShared(summary: WellbeingSummary | null): void {
    this.doc.getMap<unknown>('sharing').set('summary', summary);
  }
}

function valid<T>(map: Y.Map<unknown>, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const value of map.values()) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
