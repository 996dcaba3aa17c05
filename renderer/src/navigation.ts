import type { TeamRole } from '../../shared/api/sync';

/** Where the user is in the app. The frame renders one view at a time. */
export type View =
  | { kind: 'home' }
  | { kind: 'cases' }
  | { kind: 'case'; caseId: string; from?: View }
  | {
      kind: 'session';
      sessionId: string;
      caseId: string;
      from?: View;
      /** The part of the session to bring into view: the risk screen, or the review thread. */
      focus?: SessionFocus;
    }
  /** A group session (issue #13, item 4), opened from one of its participants' cases. */
  | { kind: 'group'; groupId: string; caseId: string; from?: View }
  | { kind: 'search' }
  | { kind: 'directory' }
  | { kind: 'library' }
  | { kind: 'review' }
  | { kind: 'sync' }
  | { kind: 'wellbeing' }
  | { kind: 'community' }
  | { kind: 'reports' }
  | { kind: 'settings' };

export type SessionFocus = 'risk' | 'review';

/** A case tab to reopen when going back to a case (the names of ui/navigate.ts). */
export type BackTab = 'sessions';

/**
 * Where a case or a session was opened from, kept with it so "← Kembali" returns there (issue #12,
 * item 2: from a queue item it went to the case, not back to the queue). A view opened from the
 * navigation has no origin; one opened from another screen remembers that screen, which keeps its
 * own origin, so Home → case → session → back → back ends on Home.
 */
export function withOrigin(next: View, current: View): View {
  if (next.kind !== 'case' && next.kind !== 'session' && next.kind !== 'group') return next;
  if (next.from) return next;
  // The same case or session again (another tab of it): it keeps the origin it had.
  if (sameView(next, current))
    return 'from' in current && current.from ? { ...next, from: current.from } : next;
  return { ...next, from: current };
}

/** The view "← Kembali" leads to, and the case tab to show when it is a case. */
export function backOf(view: View): { view: View; tab?: BackTab } {
  if (view.kind === 'session') {
    if (view.from)
      return { view: view.from, ...(view.from.kind === 'case' ? { tab: 'sessions' } : {}) };
    return { view: { kind: 'case', caseId: view.caseId }, tab: 'sessions' };
  }
  if (view.kind === 'group') {
    const from = view.from ?? { kind: 'case', caseId: view.caseId };
    return { view: from, ...(from.kind === 'case' ? { tab: 'sessions' } : {}) };
  }
  if (view.kind === 'case') return { view: view.from ?? { kind: 'cases' } };
  return { view: { kind: 'home' } };
}

function sameView(a: View, b: View): boolean {
  if (a.kind === 'case' && b.kind === 'case') return a.caseId === b.caseId;
  if (a.kind === 'session' && b.kind === 'session') return a.sessionId === b.sessionId;
  if (a.kind === 'group' && b.kind === 'group') return a.groupId === b.groupId;
  return false;
}

/**
 * Whether "Telaah" (the review queue, the team's dashboard and the audit trail) is offered
 * (issue #12, item 4: controls a person cannot use are not shown). A team's counselor cannot
 * review or sign, and finds their own returned sessions on Home's inbox; a supervisor reviews;
 * someone in no team yet keeps it, since they may be the one who starts the team and reviews.
 */
export function offersReview(role: TeamRole | undefined): boolean {
  return role !== 'counselor';
}
