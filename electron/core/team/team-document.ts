import type * as Y from 'yjs';
import { z } from 'zod';
import { TeamRole } from '../../../shared/api/sync';

/**
 * This device's membership of a team, kept in a personal document (encrypted with the personal
 * key and never synced): the relay's address, the team, our member number and role, whether
 * our existing cases have been uploaded, which case keys went to which member, and the data
 * saver choice.
 */
export const Enrollment = z.object({
  serverUrl: z.string(),
  teamId: z.string(),
  memberNo: z.number().int(),
  role: TeamRole,
});
export type Enrollment = z.infer<typeof Enrollment>;

export const TEAM_DOCUMENT = 'team';

export class TeamDocument {
  constructor(private readonly doc: Y.Doc) {}

  enrollment(): Enrollment | undefined {
    const parsed = Enrollment.safeParse(this.doc.getMap('enrollment').toJSON());
    return parsed.success ? parsed.data : undefined;
  }

  setEnrollment(value: Enrollment): void {
    const map = this.doc.getMap<unknown>('enrollment');
    for (const [k, v] of Object.entries(value)) map.set(k, v);
  }

  uploadedAll(): boolean {
    return this.doc.getMap<unknown>('flags').get('uploadedAll') === true;
  }

  markUploadedAll(): void {
    this.doc.getMap<unknown>('flags').set('uploadedAll', true);
  }

  /** Whether `keyId` of `scopeId` was already sealed to `memberNo`. */
  keyShared(scopeId: string, keyId: string, memberNo: number): boolean {
    return this.doc.getMap<unknown>('shared').get(`${scopeId}/${keyId}/${memberNo}`) === true;
  }

  markKeyShared(scopeId: string, keyId: string, memberNo: number): void {
    this.doc.getMap<unknown>('shared').set(`${scopeId}/${keyId}/${memberNo}`, true);
  }

  dataSaver(): { enabled: boolean; unmetered: boolean } {
    const map = this.doc.getMap<unknown>('dataSaver');
    return { enabled: map.get('enabled') === true, unmetered: map.get('unmetered') === true };
  }

  setDataSaver(value: { enabled?: boolean; unmetered?: boolean }): void {
    const map = this.doc.getMap<unknown>('dataSaver');
    if (value.enabled !== undefined) map.set('enabled', value.enabled);
    if (value.unmetered !== undefined) map.set('unmetered', value.unmetered);
  }
}
