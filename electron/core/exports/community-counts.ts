import { areaName } from '../../../shared/domain';
import type { ReportCommunityActivity } from '../../../shared/domain/reports';
import { CommunityService } from '../community';
import type { RecordsContext } from '../records/records-context';
import type { Signer } from '../review/review-crypto';
import type { TeamForCommunity } from '../community/community-service';
import type { ReportScope } from './gather-report';

/**
 * The team's community work for the agency report (issue #13, item 5 → issue #14, item 4):
 * area, kind, date and counts of people reached, nothing else. 'own' keeps the activities this
 * account recorded.
 */
export function communityForReport(
  records: RecordsContext,
  signer: Signer,
  team: () => TeamForCommunity | undefined,
  scope: ReportScope,
): ReportCommunityActivity[] {
  const overview = new CommunityService(records, signer, team).overview();
  const names = new Map(overview.areas.map((area) => [area.id, areaName(area)]));
  return overview.activities
    .filter((a) => scope === 'team' || a.recordedBy === records.actorId)
    .flatMap((a) => {
      const name = names.get(a.areaId);
      if (!name) return [];
      return [
        {
          areaName: name,
          date: a.date,
          kind: a.kind,
          people: a.reached.people,
          households: a.reached.households ?? 0,
        },
      ];
    });
}
