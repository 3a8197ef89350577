import type { Warehouse } from '../client.ts';
import type { CompositeWeights } from '../../server/domain/evaluation-weights.ts';
import { warehouseSchemes } from './evaluation-schemes.ts';
import { evaluateYear, type Level } from './evaluation.ts';
import { rankRanges } from './robustness.ts';

/**
 * The ranking of a year with each entry's rank change against the previous year's ranking and
 * its rank range over the neighbouring schemes. `whatIf` weights replace the year's composite
 * weights for this answer only (the stored scheme is untouched); the previous year keeps its own.
 */
export async function evaluationRanking(warehouse: Warehouse, year: number, level: Level, whatIf?: CompositeWeights | null) {
  const schemes = await warehouseSchemes(warehouse);
  const weights = whatIf ?? schemes(year);
  const [current, previous] = await Promise.all([
    evaluateYear(warehouse, year, level, schemes(year), weights),
    evaluateYear(warehouse, year - 1, level, schemes(year - 1)),
  ]);
  const previousRank = new Map(previous.map((e) => [e.code, e.rank]));
  const ranges = rankRanges(current, weights);
  const rows = current.map((e) => {
    const before = previousRank.get(e.code) ?? null;
    return {
      ...e,
      level,
      previousRank: before,
      rankChange: before !== null && e.rank !== null ? before - e.rank : null,
      incomplete: e.missing.length > 0,
      bestRank: ranges.get(e.code)?.bestRank ?? null,
      worstRank: ranges.get(e.code)?.worstRank ?? null,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}
