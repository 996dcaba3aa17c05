import type * as Y from 'yjs';
import { z } from 'zod';
import {
  CommunityActivity,
  CommunityActivityKind,
  CommunityArea,
  IsoDate,
  IsoDateTime,
  PeopleReached,
  SocialMapping,
} from '../../../shared/domain';
import { fromHex } from '../../../shared/encoding/hex';
import { actorIdOf } from '../keys/actor-id';
import { trustedEntries, type SignedEntry } from './signed-entries';

/** What an area's entry holds (its id and who changed it are the entry's). */
export const AreaBody = CommunityArea.omit({ id: true });

/** What an activity's entry holds; who recorded it is the signer, never a field. */
export const ActivityBody = z
  .object({
    areaId: z.string().min(1),
    kind: CommunityActivityKind,
    date: IsoDate,
    reached: PeopleReached,
    notes: z.string(),
    mapping: SocialMapping.optional(),
    recordedAt: IsoDateTime,
  })
  .strict();
export type ActivityBody = z.infer<typeof ActivityBody>;

export interface AreaRecord extends CommunityArea {
  changedBy: string;
  changedAt: string;
}

export interface CommunityRecords {
  areas: AreaRecord[];
  activities: CommunityActivity[];
  /** Entries dropped: not signed by a member, forged, or unreadable. */
  refused: number;
}

/**
 * An activity's id starts with its author's actor id ("u-…."): only versions its author signed
 * count, so one member cannot rewrite or remove another's activity by writing the same id.
 */
export function activityIdFor(actorId: string, random: string): string {
  return `${actorId}.${random}`;
}

function newest(versions: SignedEntry[]): SignedEntry | undefined {
  return [...versions].sort(
    (a, b) => b.updatedAt - a.updatedAt || (a.signPk < b.signPk ? -1 : a.signPk > b.signPk ? 1 : 0),
  )[0];
}

function parseBody<T>(schema: z.ZodType<T>, body: string): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function groupById(entries: SignedEntry[]): Map<string, SignedEntry[]> {
  const out = new Map<string, SignedEntry[]>();
  for (const e of entries) out.set(e.id, [...(out.get(e.id) ?? []), e]);
  return out;
}

/** The areas and activities of the document, as the given signers wrote them. */
export function readCommunity(doc: Y.Doc, signers: ReadonlySet<string>): CommunityRecords {
  const { entries, refused } = trustedEntries(doc, signers);
  let unreadable = 0;
  const areas: AreaRecord[] = [];
  for (const [id, versions] of groupById(entries.filter((e) => e.type === 'area'))) {
    const shown = newest(versions);
    if (!shown || shown.body === null) continue;
    const body = parseBody(AreaBody, shown.body);
    if (!body) {
      unreadable++;
      continue;
    }
    areas.push({
      ...body,
      id,
      changedBy: actorIdOf(fromHex(shown.signPk)),
      changedAt: new Date(shown.updatedAt).toISOString(),
    });
  }
  const activities: CommunityActivity[] = [];
  const own = entries.filter(
    (e) => e.type === 'activity' && e.id.startsWith(`${actorIdOf(fromHex(e.signPk))}.`),
  );
  for (const [id, versions] of groupById(own)) {
    const shown = newest(versions);
    if (!shown || shown.body === null) continue;
    const body = parseBody(ActivityBody, shown.body);
    if (!body) {
      unreadable++;
      continue;
    }
    activities.push({ ...body, id, recordedBy: actorIdOf(fromHex(shown.signPk)) });
  }
  const foreign = entries.filter((e) => e.type === 'activity').length - own.length;
  areas.sort((a, b) => a.kelurahan.localeCompare(b.kelurahan, 'id') || a.id.localeCompare(b.id));
  activities.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { areas, activities, refused: refused + unreadable + foreign };
}
