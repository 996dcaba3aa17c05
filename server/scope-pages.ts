import { MAX_FRAME_BYTES, MAX_LIST, scopeInfoSize, type ScopeInfo } from '../shared/sync';

/** A `scopes` page stays well under the frame limit (docs/sync-protocol.md, "Access scopes"). */
export const SCOPES_PAGE_BYTES = MAX_FRAME_BYTES / 4;

/**
 * The `scopes` frames for a member: pages under `maxBytes` (and the decoder's list limit), every
 * page but the last marked `more`, so the client acts only on the whole list. One scope is
 * always sent, even alone in its page (its member list is bounded by MAX_LIST).
 */
export function scopePages(
  scopes: ScopeInfo[],
  maxBytes = SCOPES_PAGE_BYTES,
): Array<{ t: 'scopes'; scopes: ScopeInfo[]; more?: boolean }> {
  const pages: ScopeInfo[][] = [[]];
  let bytes = 0;
  for (const scope of scopes) {
    const size = scopeInfoSize(scope);
    const page = pages[pages.length - 1] as ScopeInfo[];
    if (page.length > 0 && (bytes + size > maxBytes || page.length >= MAX_LIST)) {
      pages.push([scope]);
      bytes = size;
    } else {
      page.push(scope);
      bytes += size;
    }
  }
  return pages.map((page, i) =>
    i < pages.length - 1
      ? { t: 'scopes', scopes: page, more: true }
      : { t: 'scopes', scopes: page },
  );
}
