import type { ApiError, ErrorCode } from '../../shared/api/result';

/** An error the core means to report to the user, with a code the UI can translate. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'CoreError';
  }

  toApiError(): ApiError {
    return this.retryAfterSeconds === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterSeconds: this.retryAfterSeconds };
  }
}
