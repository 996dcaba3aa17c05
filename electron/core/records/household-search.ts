import type { CaseDocument } from './case-document';
import { readHousehold } from './household-document';
import type { RecordsContext } from './records-context';

/** The search id of a case's household: one entry per case, removed with the case. */
export const householdSearchId = (caseId: string): string => `household:${caseId}`;

/**
 * The members' aliases and need notes are searchable (in memory only, like every search entry),
 * where the case itself is. Identifying details are not: an alias is what the team works with.
 */
export function indexHousehold(ctx: RecordsContext, caseId: string, c: CaseDocument): void {
  const text = readHousehold(c)
    .filter((v) => v.member.removed === null)
    .flatMap((v) => [v.member.alias, v.member.needsNote])
    .filter(Boolean)
    .join(' \n');
  if (!text) {
    ctx.search.remove(householdSearchId(caseId));
    return;
  }
  const alias = c.meta()?.alias ?? '';
  ctx.search.put({ id: householdSearchId(caseId), kind: 'household', caseId, alias, text });
}

/** Forgets the entry (erasure). */
export function forgetHousehold(ctx: RecordsContext, caseId: string): void {
  ctx.search.remove(householdSearchId(caseId));
}
