import { CoreError } from '../errors';
import { errorMessage } from '../../../shared/errors/describe';

/** The relay can answer with anything: what reaches the user is a code and a plain reason. */
export async function reaching<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw new CoreError('sync_failed', errorMessage(error));
  }
}
