import type { Warehouse } from '../client.ts';
import type { SchemeLookup } from '../../server/db/queries/evaluation-schemes.ts';
import { evaluateYear, type Level } from './evaluation.ts';

/** The ranking of a year with each entry's rank change against the previous year's ranking. */
export async function evaluationRanking(warehouse: Warehouse, year: number, level: Level, schemes: SchemeLookup) {
  const [current, previous] = await Promise.all([
    evaluateYear(warehouse, year, level, schemes(year)),
    evaluateYear(warehouse, year - 1, level, schemes(year - 1)),
  ]);
  const previousRank = new Map(previous.map((e) => [e.code, e.rank]));
  const rows = current.map((e) => {
    const before = previousRank.get(e.code) ?? null;
    return {
      ...e,
      level,
      previousRank: before,
      rankChange: before !== null && e.rank !== null ? before - e.rank : null,
      incomplete: e.missing.length > 0,
    };
  });
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}
