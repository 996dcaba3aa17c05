import { describe, expect, it } from 'vitest';
import {
  caseRiskState,
  screenHandling,
  type RiskAction,
  type RiskActionKind,
} from '../../../shared/domain';

const screenedAt = '2026-03-01T09:00:00+07:00';

function action(kind: RiskActionKind, at = '2026-03-01T10:00:00+07:00'): RiskAction {
  return { kind, at, by: 'counselor-1', note: '' };
}

const allHigh = [action('faceToFaceReferral'), action('emergencyContact'), action('safetyPlan')];

describe('whether a session’s risk screen is handled (one rule for session, case and Home)', () => {
  it('says a high screen is handled once its three required actions are recorded', () => {
    const handling = screenHandling('high', allHigh, screenedAt);
    expect(handling).toMatchObject({ handled: true, unhandled: false, missing: [] });
  });

  it('says a high screen is not handled while one required action is missing', () => {
    const handling = screenHandling('high', allHigh.slice(0, 2), screenedAt);
    expect(handling).toMatchObject({ handled: false, unhandled: true, missing: ['safetyPlan'] });
  });

  it('does not count an action recorded before the screen’s outcome was set', () => {
    const early = action('safetyPlan', '2026-02-01T10:00:00+07:00');
    expect(
      screenHandling('moderate', [action('faceToFaceReferral'), early], screenedAt).missing,
    ).toEqual(['safetyPlan']);
  });

  it('says a low or empty screen needs nothing and is neither handled nor unhandled', () => {
    expect(screenHandling('low', [], screenedAt)).toMatchObject({
      needsActions: false,
      handled: false,
      unhandled: false,
    });
  });
});

describe('the case flag follows the sessions’ handling', () => {
  it('clears the flag when the flagging session has recorded its required actions', () => {
    const state = caseRiskState({
      screens: [{ sessionId: 's1', at: screenedAt, level: 'high', missing: [] }],
      resolutions: [],
    });
    expect(state.flagged).toBe(false);
    expect(state.unhandled).toEqual([]);
  });

  it('keeps the flag and names the session and what it lacks while actions are missing', () => {
    const state = caseRiskState({
      screens: [{ sessionId: 's1', at: screenedAt, level: 'high', missing: ['emergencyContact'] }],
      resolutions: [],
    });
    expect(state.flagged).toBe(true);
    expect(state.unhandled).toEqual([
      { sessionId: 's1', at: screenedAt, level: 'high', missing: ['emergencyContact'] },
    ]);
  });

  it('treats a screen whose handling is not known as lacking every required action', () => {
    const state = caseRiskState({
      screens: [{ sessionId: 's1', at: screenedAt, level: 'moderate' }],
      resolutions: [],
    });
    expect(state.unhandled[0]?.missing).toEqual(['faceToFaceReferral', 'safetyPlan']);
  });

  it('still lets a written resolution cover a screen whose actions did not fit', () => {
    const state = caseRiskState({
      screens: [{ sessionId: 's1', at: screenedAt, level: 'high', missing: ['safetyPlan'] }],
      resolutions: [{ at: '2026-03-02T09:00:00+07:00', by: 'counselor-1', note: 'Dirujuk ke RSJ' }],
    });
    expect(state.flagged).toBe(false);
  });
});
