import type { Warehouse } from '../client.ts';
import type { CompositeWeights, EvaluationWeights } from '../../server/domain/evaluation-weights.ts';
import { labelFor, warehouseNames, type Labels } from './labels.ts';
import type { GroupKeyValues } from './grouping.ts';
import { supervisionSums, supervisionRates } from './supervision.ts';
import { Bindings } from './scope.ts';

export type Level = 'REGION' | 'AGENCY';

export interface EvaluationEntry extends GroupKeyValues, Labels {
  code: string;
  quality: number | null;
  reviews: number;
  supervisionRate: number | null;
  overturnRate: number | null;
  satisfaction: number | null;
  respondents: number;
  composite: number | null;
  compositeRounded: number | null;
  rank: number | null;
  missing: string[];
}

/** Rounds half up to two decimals, after folding away binary noise (80.125 stays 80.13). */
export function round2(x: number): number {
  return Math.round(Number((x * 100).toFixed(6))) / 100;
}

/** Standard competition ranking (1, 2, 2, 4) by composite rounded to two decimals, descending. */
export function assignRanks<T extends { compositeRounded: number | null; rank: number | null }>(entries: T[]): void {
  const ranked = entries.filter((e) => e.compositeRounded !== null).sort((a, b) => b.compositeRounded! - a.compositeRounded!);
  ranked.forEach((entry, i) => {
    entry.rank = i > 0 && ranked[i - 1].compositeRounded === entry.compositeRounded ? ranked[i - 1].rank : i + 1;
  });
}

async function perEntity<T extends { code: string }>(warehouse: Warehouse, sql: (key: string, year: string) => string, level: Level, year: number) {
  const b = new Bindings();
  const rows = await warehouse.query<T>(sql(level === 'AGENCY' ? 'agency_code' : 'group_code', b.value(year)), b.params, b.types);
  return new Map(rows.map((r) => [r.code, r]));
}

type Parts = Pick<EvaluationEntry, 'quality' | 'supervisionRate' | 'satisfaction'>;

/** §4.4: wQ·quality + wS·100·supervisionRate + wT·satisfaction, not divided by the weight sum; null when a part is missing. */
export function compositeOf(parts: Parts, w: CompositeWeights): number | null {
  if (parts.quality === null || parts.supervisionRate === null || parts.satisfaction === null) return null;
  return w.quality * parts.quality + w.supervision * 100 * parts.supervisionRate + w.satisfaction * parts.satisfaction;
}

/** Sets composite, its rounding and the rank of every entry under the given weights. */
export function score<T extends Parts & { composite: number | null; compositeRounded: number | null; rank: number | null }>(entries: T[], w: CompositeWeights): T[] {
  for (const e of entries) {
    e.composite = compositeOf(e, w);
    e.compositeRounded = e.composite === null ? null : round2(e.composite);
    e.rank = null;
  }
  assignRanks(entries);
  return entries;
}

/**
 * The efficiency evaluation (效能评价, §4.4) of every region group or agency for one year:
 * quality (mean review score), supervision rate (§4.1 over the year's quarters, with the
 * scheme's part weights) and satisfaction (respondent-weighted survey score). Entries missing
 * a part are incomplete: listed with what is missing, without composite or rank.
 */
export async function evaluateYear(warehouse: Warehouse, year: number, level: Level, weights: EvaluationWeights, composite: CompositeWeights = weights): Promise<EvaluationEntry[]> {
  const [quality, satisfaction, supervision, names] = await Promise.all([
    perEntity<{ code: string; quality: number; reviews: number }>(warehouse, (key, y) =>
      `select ${key} as code, avg(score::double) as quality, count(*) as reviews from fct_case_review where year = ${y} group by all`, level, year),
    perEntity<{ code: string; satisfaction: number; respondents: number }>(warehouse, (key, y) =>
      `select ${key} as code, sum(score::double * respondents) / sum(respondents) as satisfaction, sum(respondents) as respondents
       from fct_survey where year = ${y} and ${key} is not null group by all`, level, year),
    supervisionSums(warehouse, { years: [year] }, [level]),
    warehouseNames(warehouse),
  ]);
  const supervisionByCode = new Map(supervision.map((s) => [(level === 'AGENCY' ? s.agencyCode : s.regionCode)!, s]));
  const codes = [...new Set([...supervisionByCode.keys(), ...quality.keys(), ...satisfaction.keys()])].sort();
  const entries = codes.map((code): EvaluationEntry => {
    const sums = supervisionByCode.get(code);
    const rates = sums ? supervisionRates(sums, weights.supervisionParts) : null;
    const parts = {
      quality: quality.get(code)?.quality ?? null,
      supervisionRate: rates?.supervisionRate ?? null,
      satisfaction: satisfaction.get(code)?.satisfaction ?? null,
    };
    const missing = Object.entries(parts).filter(([, v]) => v === null).map(([k]) => k);
    const keys = { regionCode: level === 'REGION' ? code : null, agencyCode: level === 'AGENCY' ? code : null, domainCode: null, year, quarter: null };
    return {
      code, ...keys, ...labelFor({ ...keys, year: null }, names), ...parts,
      reviews: quality.get(code)?.reviews ?? 0,
      respondents: satisfaction.get(code)?.respondents ?? 0,
      overturnRate: rates?.overturnRate ?? null,
      composite: null,
      compositeRounded: null,
      rank: null,
      missing,
    };
  });
  return score(entries, composite);
}
