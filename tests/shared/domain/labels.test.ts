import { describe, expect, it } from 'vitest';
import * as domain from '../../../shared/domain';

/** Every `{ id, en }` object reachable from a value. */
function labelsIn(value: unknown, found: domain.Label[] = []): domain.Label[] {
  if (Array.isArray(value)) {
    for (const v of value) labelsIn(v, found);
  } else if (value !== null && typeof value === 'object') {
    const parsed = domain.Label.safeParse(value);
    if (parsed.success && Object.keys(value).length === 2) found.push(parsed.data);
    else for (const v of Object.values(value)) labelsIn(v, found);
  }
  return found;
}

describe('the bilingual labels', () => {
  const data = {
    templates: domain.builtInTemplates(),
    risk: [domain.RISK_QUESTIONS, domain.RISK_ACTION_LABELS, domain.SAFETY_PLAN_STEPS],
    referrals: [
      domain.REFERRAL_TARGET_LABELS,
      domain.REFERRAL_STATUS_LABELS,
      domain.CONTACT_KIND_LABELS,
    ],
    outreach: domain.OUTREACH_KIND_LABELS,
    resilience: [
      domain.CAPACITIES,
      domain.CAPACITY_SCALE,
      domain.FREQUENCY_SCALE,
      domain.SYMPTOMS,
      domain.BURNOUT_SIGNS,
      domain.COMPASSION_FATIGUE_SIGNS,
    ],
    sessions: [
      domain.SESSION_CHANNEL_LABELS,
      domain.CONNECTION_PROBLEM_LABELS,
      domain.CUE_KIND_LABELS,
      domain.NOTE_SECTIONS,
      domain.CASE_STATUS_LABELS,
    ],
  };

  it('are all filled in, in Bahasa Indonesia and in English', () => {
    const labels = labelsIn(data);
    expect(labels.length).toBeGreaterThan(200);
    for (const label of labels) {
      expect(label.id.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });

  it('cover every option of every enum they describe', () => {
    const pairs: [readonly string[], object][] = [
      [domain.ReferralTarget.options, domain.REFERRAL_TARGET_LABELS],
      [domain.ContactKind.options, domain.CONTACT_KIND_LABELS],
      [domain.OutreachKind.options, domain.OUTREACH_KIND_LABELS],
      [domain.SessionChannel.options, domain.SESSION_CHANNEL_LABELS],
      [domain.CueKind.options, domain.CUE_KIND_LABELS],
      [domain.ConnectionProblem.options, domain.CONNECTION_PROBLEM_LABELS],
    ];
    for (const [options, labels] of pairs) expect(Object.keys(labels)).toEqual([...options]);
    expect(domain.RISK_QUESTIONS.map((q) => q.questionId)).toEqual(domain.RiskQuestionId.options);
    expect(domain.SYMPTOMS.map((s) => s.signId)).toEqual(domain.SymptomId.options);
    expect(domain.BURNOUT_SIGNS.map((s) => s.signId)).toEqual(domain.BurnoutSignId.options);
    expect(domain.COMPASSION_FATIGUE_SIGNS.map((s) => s.signId)).toEqual(
      domain.CompassionFatigueSignId.options,
    );
  });

  it('read in the language asked for', () => {
    const label = { id: 'Tatap muka', en: 'Face to face' };
    expect(domain.labelText(label, 'id')).toBe('Tatap muka');
    expect(domain.labelText(label, 'en')).toBe('Face to face');
  });
});
