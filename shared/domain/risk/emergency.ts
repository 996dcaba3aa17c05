import type { ContactKind, DirectoryContact } from '../referrals/directory';
import type { SafetyPlan } from './safety-plan';

/**
 * Emergency contacts, one click from any screen that shows high risk (issue #12, item 6).
 *
 * The national line: 119 extension 8, the Ministry of Health's psychological support service
 * (SEJIWA), reachable from anywhere in Indonesia. It is labelled as Indonesia's, because it is
 * only that.
 */
export const NATIONAL_CRISIS_LINE = { number: '119', extension: '8', country: 'ID' } as const;

/** `tel:` URI of RFC 3966, with the extension as a parameter. */
export const NATIONAL_CRISIS_TEL = `tel:${NATIONAL_CRISIS_LINE.number};ext=${NATIONAL_CRISIS_LINE.extension}`;

/** Directory kinds that answer a crisis: where a person at risk is taken, or who comes. */
export const CRISIS_CONTACT_KINDS: readonly ContactKind[] = ['hospital', 'psychiatrist', 'police'];

export interface CrisisContact {
  name: string;
  phone: string;
  /** Where the contact comes from: the team's directory, or this client's safety plan. */
  source: 'directory' | 'safetyPlan';
  kind?: ContactKind;
}

/**
 * The crisis contacts to offer: the client's own emergency services from the safety plan first
 * (step 5, marked reachable at any hour), then the directory's crisis kinds; only those with a
 * number, each number once.
 */
export function crisisContacts(
  directory: readonly DirectoryContact[],
  plan: SafetyPlan | null = null,
): CrisisContact[] {
  const fromPlan: CrisisContact[] = (plan?.professionals ?? [])
    .filter((p) => p.emergency)
    .map((p) => ({ name: p.name, phone: p.phone, source: 'safetyPlan' }));
  const fromDirectory: CrisisContact[] = directory.flatMap((c) =>
    c.phone && CRISIS_CONTACT_KINDS.includes(c.kind) && !c.archivedAt
      ? [{ name: c.name, phone: c.phone, source: 'directory' as const, kind: c.kind }]
      : [],
  );
  const seen = new Set<string>();
  return [...fromPlan, ...fromDirectory].filter((c) => {
    const key = c.phone.replace(/\D/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
