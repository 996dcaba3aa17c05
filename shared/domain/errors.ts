/**
 * Broken domain rules are programming or data errors (the UI offers only valid moves), so they
 * throw. The code is stable; the UI translates it. The message is for logs and never holds
 * client data.
 */
export type DomainErrorCode =
  | 'invalid_template'
  | 'unknown_template'
  | 'template_mismatch'
  | 'version_not_next'
  | 'unknown_item'
  | 'invalid_transition';

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}
