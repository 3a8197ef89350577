import type { Db } from '../client.ts';
import { evaluationSchemes } from '../tables/index.ts';
import { DEFAULT_SUPERVISION_WEIGHTS, type SupervisionWeights } from '../../../warehouse/queries/rates.ts';

/** The weights of one year's efficiency evaluation (效能评价方案). */
export interface EvaluationWeights {
  year: number;
  quality: number;
  supervision: number;
  satisfaction: number;
  supervisionParts: SupervisionWeights;
  /** True when the year has no stored scheme and domain.md §4.4's defaults apply. */
  isDefault: boolean;
}

export function defaultWeights(year: number): EvaluationWeights {
  return { year, quality: 0.4, supervision: 0.3, satisfaction: 0.3, supervisionParts: DEFAULT_SUPERVISION_WEIGHTS, isDefault: true };
}

export type SchemeLookup = (year: number) => EvaluationWeights;

/** Every stored scheme (a handful of rows), as a lookup that falls back to the defaults. */
export async function loadSchemes(db: Db): Promise<SchemeLookup> {
  const rows = await db.select().from(evaluationSchemes);
  const byYear = new Map<number, EvaluationWeights>(rows.map((r) => [r.year, {
    year: r.year,
    quality: Number(r.qualityWeight),
    supervision: Number(r.supervisionWeight),
    satisfaction: Number(r.satisfactionWeight),
    supervisionParts: { inspection: Number(r.inspectionWeight), exercise: Number(r.exerciseWeight), timeliness: Number(r.timelinessWeight) },
    isDefault: false,
  }]));
  return (year) => byYear.get(year) ?? defaultWeights(year);
}
