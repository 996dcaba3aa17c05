import { ErrorCode, FrameError } from '../shared/sync';
import { refusalReason } from './limits';

/** A frame the relay refuses: answered with an error frame, then the connection is closed. */
export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With RateLimited: when the client may try again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A per-address limit ran out (server/limits.ts). */
export class RateLimitedError extends ProtocolError {
  readonly first: boolean;
  constructor(refusal: { limit: string; retryAfterMs: number; first: boolean }) {
    super(ErrorCode.RateLimited, refusalReason(refusal), refusal.retryAfterMs);
    this.first = refusal.first;
  }
}

/** What the error frame says about a failure. */
export interface FailureAnswer {
  code: ErrorCode;
  reason: string;
  retryAfterMs?: number;
  /** Neither a bad frame nor a refusal: the relay's own failure (logged as an error). */
  internal: boolean;
}

/**
 * The code and reason a client is told. Anything that is not a bad frame or a refusal is
 * "internal error": its message may quote storage or client data, so it is logged, not sent.
 */
export function failureAnswer(error: unknown): FailureAnswer {
  if (error instanceof FrameError) {
    const code =
      error.reason === 'unknown-type'
        ? ErrorCode.UnknownFrame
        : error.reason === 'too-large'
          ? ErrorCode.TooLarge
          : ErrorCode.BadFrame;
    return { code, reason: `${error.reason}: ${error.message}`, internal: false };
  }
  if (error instanceof ProtocolError) {
    return {
      code: error.code,
      reason: error.message,
      retryAfterMs: error.retryAfterMs,
      internal: false,
    };
  }
  return { code: ErrorCode.Internal, reason: 'internal error', internal: true };
}

/** The WebSocket close code: 1011 the relay failed, 1013 try again later, 1008 refused. */
export function closeCodeFor(code: ErrorCode): number {
  return code === ErrorCode.Internal ? 1011 : code === ErrorCode.RateLimited ? 1013 : 1008;
}
