import { z } from 'zod';

/**
 * Curation by supervisors (issue #14, item 3). A decision is one of three; an item no current
 * supervisor has decided on is a draft. An approval covers one version of one content (its hash):
 * once the item is changed, it is a draft again until a supervisor approves the new version.
 * Hiding and retiring cover the item whatever its version, so editing never brings it back.
 */
export const CurationDecisionKind = z.enum(['approved', 'hidden', 'retired']);
export type CurationDecisionKind = z.infer<typeof CurationDecisionKind>;

export const LibraryStatus = z.enum(['draft', 'approved', 'hidden', 'retired']);
export type LibraryStatus = z.infer<typeof LibraryStatus>;

/** A decision whose signature this device has already verified against its roster. */
export interface VerifiedDecision {
  itemId: string;
  version: number;
  contentHash: string;
  decision: CurationDecisionKind;
  /** Milliseconds since the epoch, from the signer's clock. */
  at: number;
  signPk: string;
}

export interface StatusOf {
  status: LibraryStatus;
  /** The decision the status rests on; for a draft, an approval of an earlier version if any. */
  decision?: VerifiedDecision;
  /** True when an earlier version was approved and the content changed since. */
  changedSinceApproval: boolean;
}

/** The newest verified decision about the item decides; an approval only for its own content. */
export function curationStatus(
  item: { id: string; version: number },
  contentHash: string,
  decisions: readonly VerifiedDecision[],
): StatusOf {
  const newest = decisions
    .filter((d) => d.itemId === item.id)
    .sort((a, b) => b.at - a.at || b.signPk.localeCompare(a.signPk))[0];
  if (!newest) return { status: 'draft', changedSinceApproval: false };
  if (newest.decision !== 'approved') {
    return { status: newest.decision, decision: newest, changedSinceApproval: false };
  }
  if (newest.version === item.version && newest.contentHash === contentHash) {
    return { status: 'approved', decision: newest, changedSinceApproval: false };
  }
  return { status: 'draft', decision: newest, changedSinceApproval: true };
}

/**
 * Who sees an item in the library (issue: "a counselor sees approved items plus their own
 * drafts"). A supervisor, or someone working alone, curates and so sees everything. This is what
 * the screens show, not a secret: every member's device holds the team's library document.
 */
export function visibleTo(
  viewer: { actorId: string; curates: boolean },
  item: { addedBy: string; status: LibraryStatus },
): boolean {
  if (viewer.curates) return true;
  if (item.status === 'approved') return true;
  return item.addedBy === viewer.actorId && item.status === 'draft';
}

/** Only an approved item may be given to a client. */
export const canBeGiven = (status: LibraryStatus): boolean => status === 'approved';
