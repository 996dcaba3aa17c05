import { isMethodName, methods, type Handlers } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/result';
import { RequestFrame, type ResponseFrame } from '../../../shared/api/wire';
import { DomainError } from '../../../shared/domain';
import { errorName } from '../../../shared/errors/describe';
import { fieldProblems } from '../../../shared/api/field-problems';
import { CoreError } from '../errors';
import type { Logger } from '../log';

export type Dispatch = (raw: unknown) => Promise<ResponseFrame | null>;

/**
 * Turns one incoming frame into one response. Everything that arrives is validated here, on the
 * receiving side: the frame's shape, the method's name, the method's input. Errors never carry
 * input back, and the log records the method and the code only, never content.
 */
export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (raw) => {
    const frame = RequestFrame.safeParse(raw);
    if (!frame.success) {
      log.warn({ reason: 'malformed frame' }, 'api frame refused');
      return null;
    }
    const { id, method, input } = frame.data;
    const reply = (result: Result<unknown>): ResponseFrame => ({ kind: 'response', id, result });

    if (!isMethodName(method)) {
      return reply({ ok: false, error: { code: 'unknown_method', message: 'Unknown method' } });
    }
    const parsed = methods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      log.warn({ method, reason: 'invalid input' }, 'api request refused');
      return reply({
        ok: false,
        error: {
          code: 'bad_request',
          message: `Invalid input for ${method}`,
          fields: fieldProblems(parsed.error),
        },
      });
    }
    const started = performance.now();
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      const ms = performance.now() - started;
      if (ms > 40) log.info({ method, ms: Math.round(ms) }, 'slow api call');
      return reply({ ok: true, value });
    } catch (error) {
      if (error instanceof DomainError) {
        // A domain rule the request broke (an item not in this template version, a referral
        // move that is not allowed): the user's request, not the core, is at fault.
        log.info({ method, code: error.code }, 'api call refused by a domain rule');
        return reply({ ok: false, error: { code: 'bad_request', message: error.message } });
      }
      if (error instanceof CoreError) {
        log.info({ method, code: error.code }, 'api call failed');
        return reply({ ok: false, error: error.toApiError() });
      }
      log.error({ method, err: errorName(error) }, 'api call crashed');
      return reply({
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside the app core' },
      });
    }
  };
}
