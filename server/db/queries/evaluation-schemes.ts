import type { Db } from '../client.ts';
import { evaluationSchemes } from '../tables/index.ts';
import { defaultWeights, type EvaluationWeights, type SchemeLookup } from '../../domain/evaluation-weights.ts';

export type { EvaluationWeights, SchemeLookup };

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
