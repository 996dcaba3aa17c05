import type { RecordsContext } from './records-context';
import { errorName } from '../../../shared/errors/describe';

/**
 * Index work on a document that may not be readable yet (its key is still to come, or its case
 * has not arrived): skipped, not fatal; it runs again when the missing piece arrives.
 */
export function indexQuietly(ctx: RecordsContext, work: () => void): void {
  try {
    work();
  } catch (error) {
    ctx.log.debug({ err: errorName(error) }, 'not indexed yet');
  }
}
