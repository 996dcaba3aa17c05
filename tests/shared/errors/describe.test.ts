import { describe, expect, it } from 'vitest';
import { errorMessage, errorName } from '../../../shared/errors/describe';

describe('describing an error', () => {
  it('names the class and a string code, never the message, which may quote client data', () => {
    const sqlite = Object.assign(new Error('UNIQUE failed: name = Budi'), {
      name: 'SqliteError',
      code: 'SQLITE_CONSTRAINT',
    });
    expect(errorName(sqlite)).toBe('SqliteError SQLITE_CONSTRAINT');
    expect(errorName(new TypeError('Budi'))).toBe('TypeError');
    expect(errorName('Budi')).toBe('string');
    expect(errorName(undefined)).toBe('undefined');
  });

  it('gives the message of an error, or the thrown value as text', () => {
    expect(errorMessage(new Error('connection refused'))).toBe('connection refused');
    expect(errorMessage('timed out')).toBe('timed out');
    expect(errorMessage(42)).toBe('42');
  });
});
