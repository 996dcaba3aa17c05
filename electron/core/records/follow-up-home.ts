import type { HomeFollowUps } from '../../../shared/api/follow-ups';
import { dueFollowUps } from '../../../shared/domain';
import type { RecordsContext } from './records-context';

/**
 * Home's follow-up lists (issue #13, item 6): overdue, and due in the coming week, across every
 * case this device can read, from the index alone (no case document is opened), so they stay
 * fast at a thousand cases.
 */
export function dueFollowUpLists(ctx: RecordsContext, today: string): HomeFollowUps {
  const index = ctx.index();
  const cases = new Map(index.cases().map((c) => [c.id, c]));
  const entries = index
    .followUps()
    .filter((f) => cases.has(f.caseId))
    .map((f) => ({ ...f, ...(f.done ? { doneAt: 'done' } : {}) }));
  const { overdue, upcoming } = dueFollowUps(entries, today);
  const line = (f: (typeof entries)[number]) => {
    const c = cases.get(f.caseId);
    return {
      caseId: f.caseId,
      followUpId: f.id,
      alias: c?.alias ?? '',
      dueDate: f.dueDate,
      riskLevel: c?.riskLevel ?? 'none',
    };
  };
  return { overdue: overdue.map(line), upcoming: upcoming.map(line) };
}
