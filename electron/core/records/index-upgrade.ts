import { openReferralDatesOf, sessionStartsOf } from './case-contact';
import { ALL_INDEX_DOCUMENTS, INDEX_DOCUMENT } from './document-ids';
import { copyIndexLists, IndexDocument, type IndexedCase, type IndexMap } from './index-document';
import type { RecordsContext } from './records-context';
import { indexRiskHandling } from './risk-handling-upgrade';

const MOVED_LISTS: readonly IndexMap[] = ['sessions', 'referrals', 'followUps'];

/**
 * Brings an index an older version wrote up to date, on opening. A current index costs a look at
 * the cases' document only, which the case list reads anyway:
 * - entries written as objects (before issue #13's speed work) are written again as JSON texts;
 * - sessions, referrals and follow-ups kept in the one index document each move to their own,
 *   so that later openings list the cases without decoding the sessions;
 * - sessions indexed before a screen's handling was kept are indexed again (their case flags
 *   read "every action missing" otherwise);
 * - case entries without their sessions' starts and open referrals' dates get them.
 * What changed is then written afresh, so the old rows, the old form and the moved entries'
 * tombstones leave the file.
 */
export function upgradeIndex(ctx: RecordsContext): void {
  const combined = new IndexDocument(ctx.docs.open(INDEX_DOCUMENT));
  const lists = MOVED_LISTS.filter((name) => combined.size(name) > 0);
  let rewritten = 0;
  ctx.editIndex((index) => {
    rewritten = index.storeEntriesAsText(['cases']);
    index.takeEntriesOf(combined, lists);
  });
  if (lists.length > 0) indexRiskHandling(ctx);
  const lacking = ctx
    .index()
    .cases()
    .filter((c) => !c.sessionStarts || !c.openReferralDates);
  if (lacking.length > 0) fillCaseContact(ctx, lacking);
  if (rewritten > 0 || lists.length > 0 || lacking.length > 0) {
    for (const docId of ALL_INDEX_DOCUMENTS) ctx.docs.rewrite(docId, copyIndexLists);
  }
}

function fillCaseContact(ctx: RecordsContext, cases: IndexedCase[]): void {
  const index = ctx.index();
  const byCase = <T extends { caseId: string }>(entries: T[]): Map<string, T[]> => {
    const grouped = new Map<string, T[]>();
    for (const e of entries) grouped.set(e.caseId, [...(grouped.get(e.caseId) ?? []), e]);
    return grouped;
  };
  const sessions = byCase(index.sessions());
  const referrals = byCase(index.referrals());
  ctx.editIndex((edit) => {
    for (const c of cases) {
      edit.putCase({
        ...c,
        sessionStarts: sessionStartsOf(sessions.get(c.id) ?? []),
        openReferralDates: openReferralDatesOf(referrals.get(c.id) ?? []),
      });
    }
  });
}
