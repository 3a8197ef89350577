/** A rate of a ratio of sums: null when the denominator is 0 (domain.md §4), never 0 or 1. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export { DEFAULT_SUPERVISION_WEIGHTS, type SupervisionWeights } from '../../server/domain/evaluation-weights.ts';
import type { SupervisionWeights } from '../../server/domain/evaluation-weights.ts';

/** §4.1: the weighted mean of the parts that are not null; null when all are. */
export function supervisionRate(
  parts: { inspection: number | null; exercise: number | null; timeliness: number | null },
  weights: SupervisionWeights,
): number | null {
  let weighted = 0;
  let weightSum = 0;
  for (const key of ['inspection', 'exercise', 'timeliness'] as const) {
    const value = parts[key];
    if (value === null) continue;
    weighted += weights[key] * value;
    weightSum += weights[key];
  }
  return weightSum === 0 ? null : weighted / weightSum;
}
