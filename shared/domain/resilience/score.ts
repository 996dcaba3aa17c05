import type { ResilienceAssessment } from './assessment';
import { CapacityId } from './capacities';
import { BurnoutSignId, CompassionFatigueSignId, SymptomId } from './signs';

export interface ResilienceScore {
  /** Mean of the rated capacities, 1–5; null when none is rated. */
  capacityMean: number | null;
  capacities: Record<CapacityId, number | null>;
  /** Share of the maximum (every answered item "often"), 0–1; null when none is answered. */
  symptomLoad: number | null;
  burnoutLoad: number | null;
  compassionFatigueLoad: number | null;
  /** Every capacity rated and every sign answered. */
  complete: boolean;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Loads are measured over the answered items, so a partial assessment is not read as better. */
function load(answers: Partial<Record<string, number>>, ids: readonly string[]) {
  const answered = ids.flatMap((id) => {
    const v = answers[id];
    return v === undefined ? [] : [v];
  });
  const m = mean(answered);
  return m === null ? null : m / 2;
}

function allAnswered(answers: Partial<Record<string, number>>, ids: readonly string[]): boolean {
  return ids.every((id) => answers[id] !== undefined);
}

export function scoreAssessment(a: ResilienceAssessment): ResilienceScore {
  const capacities = Object.fromEntries(
    CapacityId.options.map((id) => [id, a.capacities[id] ?? null]),
  ) as Record<CapacityId, number | null>;
  const rated = Object.values(capacities).filter((v): v is number => v !== null);
  return {
    capacityMean: mean(rated),
    capacities,
    symptomLoad: load(a.symptoms, SymptomId.options),
    burnoutLoad: load(a.burnout, BurnoutSignId.options),
    compassionFatigueLoad: load(a.compassionFatigue, CompassionFatigueSignId.options),
    complete:
      allAnswered(a.capacities, CapacityId.options) &&
      allAnswered(a.symptoms, SymptomId.options) &&
      allAnswered(a.burnout, BurnoutSignId.options) &&
      allAnswered(a.compassionFatigue, CompassionFatigueSignId.options),
  };
}
