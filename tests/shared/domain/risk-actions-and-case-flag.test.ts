import { describe, expect, it } from 'vitest';
import {
  caseRiskState,
  emptySafetyPlanSteps,
  missingRiskActions,
  REQUIRED_ACTIONS,
  RiskAction,
  riskActionSatisfied,
  SAFETY_PLAN_STEPS,
  SafetyPlan,
  type RiskActionKind,
} from '../../../shared/domain';

function action(kind: RiskActionKind, at = '2025-03-01T10:00:00+07:00'): RiskAction {
  return { kind, at, by: 'counselor-1', note: '' };
}

describe('the actions a risk level demands', () => {
  it('demands nothing for none or low risk', () => {
    expect(REQUIRED_ACTIONS.none).toEqual([]);
    expect(riskActionSatisfied('low', [])).toBe(true);
  });

  it('demands a face-to-face referral and a safety plan for moderate risk', () => {
    expect(riskActionSatisfied('moderate', [action('faceToFaceReferral')])).toBe(false);
    expect(
      riskActionSatisfied('moderate', [action('faceToFaceReferral'), action('safetyPlan')]),
    ).toBe(true);
  });

  it('demands an emergency contact too for high risk', () => {
    const done = [action('faceToFaceReferral'), action('safetyPlan')];
    expect(missingRiskActions('high', done)).toEqual(['emergencyContact']);
    expect(riskActionSatisfied('high', [...done, action('emergencyContact')])).toBe(true);
  });

  it('counts only actions taken at or after the screen when told when it was', () => {
    const before = '2025-02-01T10:00:00+07:00';
    const screenedAt = '2025-03-01T09:00:00+07:00';
    const done = [action('faceToFaceReferral', before), action('safetyPlan')];
    expect(missingRiskActions('moderate', done, screenedAt)).toEqual(['faceToFaceReferral']);
  });

  it('validates a recorded action', () => {
    expect(RiskAction.safeParse(action('safetyPlan')).success).toBe(true);
    expect(RiskAction.safeParse({ ...action('safetyPlan'), kind: 'prayer' }).success).toBe(false);
  });
});

describe('the case risk flag', () => {
  const screen = (at: string, level: 'none' | 'low' | 'moderate' | 'high') => ({ at, level });
  const resolution = (at: string) => ({ at, by: 'counselor-1', note: 'Dirujuk ke RSUD, aman' });

  it('is down for a case with no serious screen', () => {
    const state = caseRiskState({
      screens: [screen('2025-03-01T09:00:00Z', 'low')],
      resolutions: [],
    });
    expect(state).toMatchObject({ flagged: false, unresolvedLevel: 'none', latestLevel: 'low' });
  });

  it('goes up with a high screen and stays up through later quiet sessions', () => {
    const state = caseRiskState({
      screens: [
        screen('2025-03-01T09:00:00Z', 'high'),
        screen('2025-03-08T09:00:00Z', 'none'),
        screen('2025-03-15T09:00:00Z', 'none'),
      ],
      resolutions: [],
    });
    expect(state).toMatchObject({
      flagged: true,
      unresolvedLevel: 'high',
      flaggedSince: '2025-03-01T09:00:00Z',
      latestLevel: 'none',
    });
  });

  it('comes down when a counselor records a resolution after the latest serious screen', () => {
    const state = caseRiskState({
      screens: [screen('2025-03-01T09:00:00Z', 'high'), screen('2025-03-08T09:00:00Z', 'none')],
      resolutions: [resolution('2025-03-09T09:00:00Z')],
    });
    expect(state).toMatchObject({ flagged: false, lastResolvedAt: '2025-03-09T09:00:00Z' });
  });

  it('stays up when the resolution predates the latest high screen', () => {
    const state = caseRiskState({
      screens: [screen('2025-03-01T09:00:00Z', 'moderate'), screen('2025-03-10T09:00:00Z', 'high')],
      resolutions: [resolution('2025-03-05T09:00:00Z')],
    });
    expect(state).toMatchObject({
      flagged: true,
      unresolvedLevel: 'high',
      flaggedSince: '2025-03-10T09:00:00Z',
    });
  });

  it('is not cleared by a resolution at the very instant of the screen', () => {
    const at = '2025-03-01T09:00:00Z';
    expect(
      caseRiskState({ screens: [screen(at, 'moderate')], resolutions: [resolution(at)] }).flagged,
    ).toBe(true);
  });

  it('compares instants, not strings, across time zones', () => {
    // 16:00 in Jakarta is 09:00 UTC: the resolution at 09:30 UTC comes after the screen.
    const state = caseRiskState({
      screens: [screen('2025-03-01T16:00:00+07:00', 'high')],
      resolutions: [resolution('2025-03-01T09:30:00Z')],
    });
    expect(state.flagged).toBe(false);
  });

  it('takes screens in any order', () => {
    const state = caseRiskState({
      screens: [screen('2025-03-10T09:00:00Z', 'low'), screen('2025-03-01T09:00:00Z', 'moderate')],
      resolutions: [],
    });
    expect(state).toMatchObject({ flagged: true, latestLevel: 'low', unresolvedLevel: 'moderate' });
  });
});

describe('the safety plan', () => {
  const plan: SafetyPlan = {
    id: 'plan-1',
    caseId: 'case-1',
    createdAt: '2025-03-01T10:00:00+07:00',
    updatedAt: '2025-03-01T10:30:00+07:00',
    by: 'counselor-1',
    warningSigns: ['Tidak bisa tidur berhari-hari'],
    copingStrategies: ['Salat dan berdoa', 'Jalan pagi'],
    distractions: { people: [{ name: 'Sepupu, Rina' }], places: ['Masjid dekat rumah'] },
    helpContacts: [{ name: 'Kakak, Budi', phone: '0812-3456-7890' }],
    professionals: [{ name: 'Puskesmas Kec. Cengkareng', phone: '(021) 555-0101' }],
    meansSafety: ['Obat disimpan oleh kakak'],
  };

  it('has Stanley and Brown’s six steps with bilingual titles', () => {
    expect(SAFETY_PLAN_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const step of SAFETY_PLAN_STEPS) {
      expect(step.title.id.length).toBeGreaterThan(0);
      expect(step.title.en.length).toBeGreaterThan(0);
    }
  });

  it('validates a filled-in plan and finds no empty step', () => {
    expect(SafetyPlan.safeParse(plan).success).toBe(true);
    expect(emptySafetyPlanSteps(plan)).toEqual([]);
  });

  it('requires a phone number for every professional or service', () => {
    const noPhone = { ...plan, professionals: [{ name: 'Psikolog' }] };
    expect(SafetyPlan.safeParse(noPhone).success).toBe(false);
  });

  it('names the steps still empty', () => {
    expect(emptySafetyPlanSteps({ ...plan, meansSafety: [], warningSigns: [] })).toEqual([
      'warningSigns',
      'meansSafety',
    ]);
  });
});
