import * as Y from 'yjs';
import { z } from 'zod';
import {
  Addendum,
  CommentAnchor,
  CommentReply,
  ReviewEntry,
  RiskOverride,
  SignOff,
  type ReviewComment,
} from '../../../shared/domain';

/**
 * The review state kept in a session's own document, so it is encrypted and synced with it:
 * - 'reviewThread' Y.Array of ReviewEntry (submit, return, answer, resubmit, sign);
 * - 'comments' Y.Map of Y.Map per comment: fields, 'replies' Y.Array, 'resolved' {by, at};
 * - 'review' Y.Map: 'signOff' (the stored SignOff, checked on every read, and judged for the
 *   signer's authority: session-review.ts);
 * - 'addenda' Y.Array of Addendum;
 * - 'submissions' Y.Array of { at, text }: the note's text as each submission sent it, so a
 *   resubmission can show what changed since the one before (issue #12, item 2);
 * - 'riskOverrides' Y.Array of RiskOverride: a reason to go on without the actions the risk
 *   screen requires (issue #13, item 9), oldest first.
 * Values that do not validate (another version, a damaged sync) are skipped, never shown.
 */
export class ReviewDocument {
  constructor(readonly doc: Y.Doc) {}

  thread(): ReviewEntry[] {
    return parseAll(this.doc.getArray<unknown>('reviewThread').toArray(), ReviewEntry);
  }

  appendThread(entry: ReviewEntry): void {
    this.doc.getArray<unknown>('reviewThread').push([entry]);
  }

  signOffValue(): unknown {
    return this.doc.getMap<unknown>('review').get('signOff');
  }

  setSignOff(signOff: SignOff): void {
    this.doc.getMap<unknown>('review').set('signOff', signOff);
  }

  addenda(): Addendum[] {
    return parseAll(this.doc.getArray<unknown>('addenda').toArray(), Addendum).sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at),
    );
  }

  addAddendum(addendum: Addendum): void {
    this.doc.getArray<unknown>('addenda').push([addendum]);
  }

  submissions(): Array<{ at: string; text: string }> {
    return parseAll(this.doc.getArray<unknown>('submissions').toArray(), SubmittedText).sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at),
    );
  }

  addSubmission(submission: { at: string; text: string }): void {
    this.doc.getArray<unknown>('submissions').push([submission]);
  }

  riskOverrides(): RiskOverride[] {
    return parseAll(this.doc.getArray<unknown>('riskOverrides').toArray(), RiskOverride).sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at),
    );
  }

  addRiskOverride(override: RiskOverride): void {
    this.doc.getArray<unknown>('riskOverrides').push([override]);
  }

  private commentMaps(): Y.Map<Y.Map<unknown>> {
    return this.doc.getMap<Y.Map<unknown>>('comments');
  }

  hasComment(id: string): boolean {
    return this.commentMaps().get(id) instanceof Y.Map;
  }

  comments(): Array<Omit<ReviewComment, 'current'>> {
    const out: Array<Omit<ReviewComment, 'current'>> = [];
    this.commentMaps().forEach((map, id) => {
      if (!(map instanceof Y.Map)) return;
      const anchor = CommentAnchor.safeParse(map.get('anchor'));
      const text = map.get('text');
      const by = map.get('by');
      const at = map.get('at');
      if (!anchor.success || typeof text !== 'string' || typeof by !== 'string') return;
      if (typeof at !== 'string') return;
      const replies = map.get('replies');
      const resolved = map.get('resolved') as { by?: unknown; at?: unknown } | undefined;
      out.push({
        id,
        anchor: anchor.data,
        text,
        by,
        at,
        replies:
          replies instanceof Y.Array
            ? parseAll(replies.toArray(), CommentReply).sort(
                (a, b) => Date.parse(a.at) - Date.parse(b.at),
              )
            : [],
        ...(resolved && typeof resolved.by === 'string' && typeof resolved.at === 'string'
          ? { resolved: { by: resolved.by, at: resolved.at } }
          : {}),
      });
    });
    return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  addComment(comment: { id: string; anchor: CommentAnchor; text: string; by: string; at: string }) {
    const map = new Y.Map<unknown>();
    this.commentMaps().set(comment.id, map);
    map.set('anchor', comment.anchor);
    map.set('text', comment.text);
    map.set('by', comment.by);
    map.set('at', comment.at);
    map.set('replies', new Y.Array<unknown>());
  }

  addReply(commentId: string, reply: CommentReply): void {
    const map = this.commentMaps().get(commentId);
    if (!(map instanceof Y.Map)) return;
    let replies = map.get('replies');
    if (!(replies instanceof Y.Array)) {
      replies = new Y.Array<unknown>();
      map.set('replies', replies);
    }
    (replies as Y.Array<unknown>).push([reply]);
  }

  resolveComment(commentId: string, by: string, at: string): void {
    const map = this.commentMaps().get(commentId);
    if (map instanceof Y.Map && !map.has('resolved')) map.set('resolved', { by, at });
  }
}

const SubmittedText = z.object({ at: z.string(), text: z.string() });

function parseAll<T>(
  values: unknown[],
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
): T[] {
  return values.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}
