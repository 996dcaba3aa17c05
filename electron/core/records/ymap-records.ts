import * as Y from 'yjs';
import type { z } from 'zod';

/**
 * Records are kept in Yjs as a Y.Map of their fields (JSON values), so two people changing
 * different fields of one record while apart both keep their change when the documents merge.
 */
export function writeFields(map: Y.Map<unknown>, value: Record<string, unknown>): void {
  for (const [field, next] of Object.entries(value)) {
    if (next === undefined) {
      if (map.has(field)) map.delete(field);
      continue;
    }
    // Writing an equal value would still make an update (and sync bytes): skip it.
    if (JSON.stringify(map.get(field)) !== JSON.stringify(next)) map.set(field, next);
  }
}

/** The Y.Map of one record inside a Y.Map of records, created when missing. */
export function recordMap(records: Y.Map<Y.Map<unknown>>, id: string): Y.Map<unknown> {
  const existing = records.get(id);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  records.set(id, created);
  return created;
}

/**
 * Every record that validates. Data in a document may come from another device or another app
 * version: what does not match the schema is reported, never shown half-understood.
 */
export function readRecords<T>(
  records: Y.Map<Y.Map<unknown>>,
  schema: z.ZodType<T>,
  onInvalid: (id: string) => void,
): T[] {
  const out: T[] = [];
  records.forEach((value, id) => {
    const parsed = schema.safeParse(value instanceof Y.Map ? value.toJSON() : value);
    if (parsed.success) out.push(parsed.data);
    else onInvalid(id);
  });
  return out;
}

export function readRecord<T>(map: Y.Map<unknown>, schema: z.ZodType<T>): T | undefined {
  if (map.size === 0) return undefined;
  const parsed = schema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : undefined;
}
