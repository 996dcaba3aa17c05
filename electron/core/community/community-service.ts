import type { CommunityOverview, CommunitySharing } from '../../../shared/api/community';
import type { AreaFields, CommunityActivityFields } from '../../../shared/domain';
import { toHex } from '../../../shared/encoding/hex';
import { CoreError } from '../errors';
import { newRecordId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import type { Signer } from '../review/review-crypto';
import { activityIdFor, readCommunity, type ActivityBody } from './community-records';
import { copyEntries, lastWrite, signEntry, writeEntry, type EntryType } from './signed-entries';

/** This device's own community document: working alone, or before the team's key is here. */
export const COMMUNITY_DOCUMENT = 'community';
export const COMMUNITY_KIND = 'community';
/** The team's community document, in the team-wide scope. */
export const teamCommunityDocumentId = (teamIdHex: string): string => `community-${teamIdHex}`;

/** What the team sync answers; undefined when working alone. */
export interface TeamForCommunity {
  /**
   * The team's community document, filed under the team-wide scope; undefined while the
   * team-wide key has not reached this device.
   */
  prepare(): string | undefined;
  /** Every member of the verified roster, removed ones too (their past work still counts). */
  signers(): string[];
  flush(): void;
}

/**
 * Community work not tied to one client (issue #13, item 5): areas and activities, signed
 * entries (signed-entries.ts) in one document. Working alone it is this device's own document;
 * in a team it is the team's, sealed with the team-wide key as the directory and templates are,
 * and what was written here before the key arrived is copied into it (each entry once: a copy is
 * the same signed version).
 */
export class CommunityService {
  constructor(
    private readonly records: RecordsContext,
    private readonly signer: Signer,
    private readonly team: () => TeamForCommunity | undefined,
  ) {}

  overview(): CommunityOverview {
    const place = this.place();
    const { docs, store, log } = this.records;
    if (!store.documentKind(place.docId))
      return { areas: [], activities: [], sharing: place.sharing };
    const read = readCommunity(docs.open(place.docId), place.signers);
    if (read.refused > 0) log.warn({ count: read.refused }, 'community entries refused');
    return { areas: read.areas, activities: read.activities, sharing: place.sharing };
  }

  saveArea(id: string | undefined, area: AreaFields): CommunityOverview {
    const body = {
      kelurahan: area.kelurahan,
      ...(area.kecamatan ? { kecamatan: area.kecamatan } : {}),
      ...(area.rw !== undefined ? { rw: area.rw } : {}),
      ...(area.rt !== undefined ? { rt: area.rt } : {}),
    };
    if (id !== undefined && !this.overview().areas.some((a) => a.id === id)) {
      throw new CoreError('not_found', 'no such area');
    }
    this.write('area', id ?? newRecordId(), JSON.stringify(body));
    return this.overview();
  }

  saveActivity(id: string | undefined, fields: CommunityActivityFields): CommunityOverview {
    const current = this.overview();
    if (!current.areas.some((a) => a.id === fields.areaId)) {
      throw new CoreError('not_found', 'no such area');
    }
    const existing = id === undefined ? undefined : this.own(current, id);
    const body: ActivityBody = {
      areaId: fields.areaId,
      kind: fields.kind,
      date: fields.date,
      reached: fields.reached,
      notes: fields.notes,
      ...(fields.mapping ? { mapping: fields.mapping } : {}),
      recordedAt: existing?.recordedAt ?? this.records.nowIso(),
    };
    const activityId = id ?? activityIdFor(this.records.actorId, newRecordId());
    this.write('activity', activityId, JSON.stringify(body));
    return this.overview();
  }

  removeActivity(id: string): CommunityOverview {
    this.own(this.overview(), id);
    this.write('activity', id, null);
    return this.overview();
  }

  /**
   * Once the team's key is here, what was written on this device before goes to the team's
   * document (the sync calls this each time it is up to date; it writes nothing twice).
   */
  shareWaiting(): void {
    if (this.records.store.documentKind(COMMUNITY_DOCUMENT)) this.place();
  }

  /** An activity this person recorded; another's is not theirs to change. */
  private own(current: CommunityOverview, id: string) {
    const activity = current.activities.find((a) => a.id === id);
    if (!activity) throw new CoreError('not_found', 'no such activity');
    if (activity.recordedBy !== this.records.actorId) {
      throw new CoreError('bad_request', 'only who recorded an activity changes it');
    }
    return activity;
  }

  private write(type: EntryType, id: string, body: string | null): void {
    const { docId } = this.place();
    const { docs, store } = this.records;
    if (!store.documentKind(docId)) store.setDocumentKind(docId, COMMUNITY_KIND);
    const at = Math.max(this.records.now().getTime(), lastWrite(docs.open(docId), type, id) + 1);
    const entry = signEntry(this.signer, type, id, at, body);
    docs.transact(docId, (doc) => writeEntry(doc, entry));
    this.team()?.flush();
  }

  /** Where the records are now, with whose signatures count there. */
  private place(): { docId: string; sharing: CommunitySharing; signers: Set<string> } {
    const own = toHex(this.signer.publicKey);
    const team = this.team();
    const teamDoc = team?.prepare();
    if (!team || !teamDoc) {
      return {
        docId: COMMUNITY_DOCUMENT,
        sharing: team ? 'waiting' : 'alone',
        signers: new Set([own]),
      };
    }
    const { docs, store } = this.records;
    if (!store.documentKind(teamDoc)) store.setDocumentKind(teamDoc, COMMUNITY_KIND);
    if (store.documentKind(COMMUNITY_DOCUMENT)) {
      const local = docs.open(COMMUNITY_DOCUMENT);
      // Writes nothing when the team's document already holds every version (no bytes to sync).
      let pending = false;
      docs.transact(teamDoc, (doc) => {
        pending = copyEntries(local, doc, own) > 0;
      });
      if (pending) team.flush();
    }
    return { docId: teamDoc, sharing: 'team', signers: new Set([...team.signers(), own]) };
  }
}
