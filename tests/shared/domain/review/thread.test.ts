import { describe, expect, it } from 'vitest';
import {
  assertCanAppend,
  canAppend,
  lastSubmission,
  reviewStatus,
  type ReviewEntry,
} from '../../../../shared/domain';
import { thrownCode } from '../support';

const at = (minute: number): string => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();
const entry = (kind: ReviewEntry['kind'], minute: number, by = 'u-c'): ReviewEntry => ({
  kind,
  text: '',
  by,
  at: at(minute),
});

describe('the review thread of a session', () => {
  it('starts as a draft and is submitted by the counselor', () => {
    expect(reviewStatus([])).toBe('draft');
    expect(reviewStatus([entry('submit', 1)])).toBe('submitted');
  });

  it('goes back for revision, is answered and resubmitted, then signed', () => {
    const thread = [entry('submit', 1), entry('return', 2, 'u-s')];
    expect(reviewStatus(thread)).toBe('returned');
    thread.push(entry('answer', 3));
    expect(reviewStatus(thread)).toBe('returned');
    expect(canAppend(thread, 'sign')).toBe(false);
    thread.push(entry('resubmit', 4));
    expect(reviewStatus(thread)).toBe('submitted');
    thread.push(entry('sign', 5, 'u-s'));
    expect(reviewStatus(thread)).toBe('signed');
    expect(lastSubmission(thread)).toEqual({ at: at(4), by: 'u-c' });
  });

  it('reads entries in time order, however they were merged into the array', () => {
    expect(reviewStatus([entry('return', 2, 'u-s'), entry('submit', 1)])).toBe('returned');
  });

  it('refuses steps out of order', () => {
    expect(thrownCode(() => assertCanAppend([], 'return'))).toBe('invalid_transition');
    expect(thrownCode(() => assertCanAppend([entry('submit', 1)], 'submit'))).toBe(
      'invalid_transition',
    );
    expect(thrownCode(() => assertCanAppend([entry('submit', 1)], 'answer'))).toBe(
      'invalid_transition',
    );
    expect(thrownCode(() => assertCanAppend([entry('submit', 1)], 'sign'))).toBeUndefined();
  });
});
