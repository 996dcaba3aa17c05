import type { RecordsContext } from './records-context';

/**
 * Index work on a document that may not be readable yet (its key is still to come, or its case
 * has not arrived): skipped, not fatal; it runs again when the missing piece arrives.
 */
export function indexQuietly(ctx: RecordsContext, work: () => void): void {
  try {
    work();
  } catch (error) {
    ctx.log.debug({ err: error instanceof Error ? error.name : 'unknown' }, 'not indexed yet');
  }
}
