import type { Db } from '../client.ts';
import { evaluationSchemes } from '../tables/index.ts';
import { schemeLookup, type EvaluationWeights, type SchemeLookup } from '../../domain/evaluation-weights.ts';

export type { EvaluationWeights, SchemeLookup };

/**
 * Every stored scheme (a handful of rows), as a lookup that falls back to the defaults. The
 * operational `evaluationScheme` query reads this; analytics read the warehouse's copy
 * (warehouse/queries/evaluation-schemes.ts), which the next ETL brings up to date.
 */
export async function loadSchemes(db: Db): Promise<SchemeLookup> {
  const rows = await db.select().from(evaluationSchemes);
  return schemeLookup(rows.map((r) => ({
    year: r.year, quality: Number(r.qualityWeight), supervision: Number(r.supervisionWeight), satisfaction: Number(r.satisfactionWeight),
    inspection: Number(r.inspectionWeight), exercise: Number(r.exerciseWeight), timeliness: Number(r.timelinessWeight),
  })));
}
