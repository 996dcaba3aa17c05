import { describe, expect, it } from 'vitest';
import {
  BURNOUT_SIGNS,
  CAPACITIES,
  CAPACITY_SCALE,
  COMPASSION_FATIGUE_SIGNS,
  FREQUENCY_SCALE,
  ResilienceAssessment,
  scoreAssessment,
  SYMPTOMS,
  trend,
  type CapacityId,
  type Frequency,
} from '../../../shared/domain';

function allCapacities(score: 1 | 2 | 3 | 4 | 5): Record<CapacityId, 1 | 2 | 3 | 4 | 5> {
  return Object.fromEntries(CAPACITIES.map((c) => [c.capacityId, score])) as Record<
    CapacityId,
    1 | 2 | 3 | 4 | 5
  >;
}

function every<Id extends string>(signs: readonly { signId: Id }[], f: Frequency) {
  return Object.fromEntries(signs.map((s) => [s.signId, f])) as Record<Id, Frequency>;
}

function assessment(
  id: string,
  date: string,
  fields: Partial<ResilienceAssessment> = {},
): ResilienceAssessment {
  return {
    id,
    caseId: 'case-1',
    date,
    assessedBy: 'counselor-1',
    capacities: {},
    symptoms: {},
    burnout: {},
    compassionFatigue: {},
    ...fields,
  };
}

describe('the resilience instruments', () => {
  it('hold the seven Reivich & Shatte capacities in the paper’s order', () => {
    expect(CAPACITIES.map((c) => c.label.id)).toEqual([
      'Regulasi emosi',
      'Pengendalian impuls',
      'Optimisme',
      'Empati',
      'Analisis penyebab masalah',
      'Efikasi diri',
      'Peningkatan aspek positif (reaching out)',
    ]);
  });

  it('rate capacities 1–5 and signs never / sometimes / often as 0 / 1 / 2', () => {
    expect(CAPACITY_SCALE.map((a) => a.value)).toEqual([1, 2, 3, 4, 5]);
    expect(FREQUENCY_SCALE.map((a) => [a.value, a.label.id])).toEqual([
      [0, 'Tidak pernah'],
      [1, 'Kadang-kadang'],
      [2, 'Sering'],
    ]);
  });

  it('list the paper’s symptoms, burnout signs and compassion-fatigue signs', () => {
    expect(SYMPTOMS.map((s) => s.label.id)).toContain('Mudah curiga');
    expect(SYMPTOMS.map((s) => s.label.id)).toContain('Suasana hati tidak stabil');
    expect(BURNOUT_SIGNS.map((s) => s.label.id)).toContain('Sinisme');
    expect(COMPASSION_FATIGUE_SIGNS.map((s) => s.label.id)).toContain('Perasaan bersalah');
  });

  it('refuse a capacity score outside 1–5 and a frequency outside 0–2', () => {
    const ok = assessment('a', '2025-03-01');
    expect(ResilienceAssessment.safeParse(ok).success).toBe(true);
    expect(ResilienceAssessment.safeParse({ ...ok, capacities: { optimism: 6 } }).success).toBe(
      false,
    );
    expect(ResilienceAssessment.safeParse({ ...ok, burnout: { cynicism: 3 } }).success).toBe(false);
  });
});

describe('scoring an assessment', () => {
  it('averages the capacities and turns the signs into loads between 0 and 1', () => {
    const score = scoreAssessment(
      assessment('a', '2025-03-01', {
        capacities: allCapacities(4),
        symptoms: every(SYMPTOMS, 1),
        burnout: every(BURNOUT_SIGNS, 2),
        compassionFatigue: every(COMPASSION_FATIGUE_SIGNS, 0),
      }),
    );
    expect(score).toMatchObject({
      capacityMean: 4,
      symptomLoad: 0.5,
      burnoutLoad: 1,
      compassionFatigueLoad: 0,
      complete: true,
    });
    expect(score.capacities.empathy).toBe(4);
  });

  it('scores a partial assessment over what was answered and calls it incomplete', () => {
    const score = scoreAssessment(
      assessment('a', '2025-03-01', {
        capacities: { optimism: 2, empathy: 5 },
        burnout: { exhaustion: 2, cynicism: 0 },
      }),
    );
    expect(score.capacityMean).toBe(3.5);
    expect(score.capacities.selfEfficacy).toBeNull();
    expect(score.burnoutLoad).toBe(0.5);
    expect(score.symptomLoad).toBeNull();
    expect(score.complete).toBe(false);
  });
});

describe('the resilience trend', () => {
  it('gives a series oldest first and the change from first to last', () => {
    const result = trend([
      assessment('c', '2025-03-15', {
        capacities: allCapacities(4),
        burnout: every(BURNOUT_SIGNS, 0),
      }),
      assessment('a', '2025-03-01', {
        capacities: allCapacities(2),
        burnout: every(BURNOUT_SIGNS, 2),
      }),
      assessment('b', '2025-03-08', { capacities: allCapacities(3) }),
    ]);
    expect(result.series.map((p) => [p.date, p.capacityMean, p.burnoutLoad])).toEqual([
      ['2025-03-01', 2, 1],
      ['2025-03-08', 3, null],
      ['2025-03-15', 4, 0],
    ]);
    expect(result.change.capacityMean).toBe(2);
    expect(result.change.burnoutLoad).toBe(-1);
    expect(result.change.capacities.optimism).toBe(2);
    expect(result.change.symptomLoad).toBeNull();
  });

  it('measures a metric from the first assessment that recorded it', () => {
    const result = trend([
      assessment('a', '2025-03-01', { capacities: allCapacities(3) }),
      assessment('b', '2025-03-08', { compassionFatigue: every(COMPASSION_FATIGUE_SIGNS, 2) }),
      assessment('c', '2025-03-15', { compassionFatigue: every(COMPASSION_FATIGUE_SIGNS, 1) }),
    ]);
    expect(result.change.compassionFatigueLoad).toBe(-0.5);
    expect(result.change.capacityMean).toBeNull();
  });

  it('has no change with a single assessment, and an empty series with none', () => {
    expect(
      trend([assessment('a', '2025-03-01', { capacities: allCapacities(3) })]).change.capacityMean,
    ).toBeNull();
    expect(trend([]).series).toEqual([]);
  });
});
