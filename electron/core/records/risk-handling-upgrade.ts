import { REQUIRED_ACTIONS } from '../../../shared/domain';
import { refreshCaseIndex } from './cases';
import { indexQuietly } from './index-quietly';
import type { RecordsContext } from './records-context';
import { refreshSessionIndex } from './sessions';

/**
 * Index entries written before a screen's handling was kept (issue #12, item 6) say a moderate
 * or high level with no `riskMissing`, which the case flag reads as "every action missing": a
 * case whose actions were all recorded would stay "not handled" until its session next changed.
 * On opening, those few sessions and their cases are indexed again; once written, nothing is
 * left to do, so later openings pass over the index in one read.
 */
export function indexRiskHandling(ctx: RecordsContext): number {
  const stale = ctx
    .index()
    .sessions()
    .filter((s) => REQUIRED_ACTIONS[s.riskLevel].length > 0 && s.riskMissing === undefined);
  if (stale.length === 0) return 0;
  const cases = new Set<string>();
  ctx.store.database.transaction(() => {
    for (const s of stale) {
      indexQuietly(ctx, () => refreshSessionIndex(ctx, s.id));
      cases.add(s.caseId);
    }
    for (const caseId of cases) indexQuietly(ctx, () => refreshCaseIndex(ctx, caseId));
  })();
  return stale.length;
}
