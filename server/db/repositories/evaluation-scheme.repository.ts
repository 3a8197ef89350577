import { eq } from 'drizzle-orm';
import { evaluationSchemes } from '../tables/index.ts';
import { loadSchemes, type EvaluationWeights } from '../queries/evaluation-schemes.ts';
import { badInput, type FieldProblem } from '../../../schema/common/errors.ts';
import type { EvaluationScheme } from '../../../schema/admin/evaluation-scheme.type.ts';
import type { SetEvaluationSchemeArgs } from '../../../schema/admin/evaluation-scheme.input.ts';
import type { Reader } from './repository.ts';
import { audited, upsertRow } from './write.ts';

const COMPOSITE = ['quality', 'supervision', 'satisfaction'] as const;
const PARTS = ['inspection', 'exercise', 'timeliness'] as const;

function toScheme(w: EvaluationWeights): EvaluationScheme {
  return { year: w.year, quality: w.quality, supervision: w.supervision, satisfaction: w.satisfaction, ...w.supervisionParts, isDefault: w.isDefault };
}

export async function evaluationScheme(r: Reader, year: number): Promise<EvaluationScheme> {
  return toScheme((await loadSchemes(r.store.db))(year));
}

/** Weights are fractions stored with 4 decimals; the composite ones add up to 1 so composites stay on 0–100. */
function schemeProblems(a: SetEvaluationSchemeArgs): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(a.year) || a.year < 2000 || a.year > 2100) problems.push({ field: 'year', reason: 'must be a year between 2000 and 2100' });
  for (const field of [...COMPOSITE, ...PARTS]) {
    const w = a[field];
    if (!(w >= 0 && w <= 1) || Math.abs(w * 1e4 - Math.round(w * 1e4)) > 1e-6) problems.push({ field, reason: 'must lie between 0 and 1 with at most 4 decimals' });
  }
  if (Math.abs(COMPOSITE.reduce((s, f) => s + a[f], 0) - 1) > 1e-9) problems.push({ field: 'quality', reason: 'quality + supervision + satisfaction must be 1' });
  if (PARTS.every((f) => a[f] === 0)) problems.push({ field: 'inspection', reason: 'at least one supervision part needs a weight' });
  return problems;
}

/** Stores a year's scheme (ADMIN only, by @Authorized), audited; rankings and rates use it once the next ETL run has carried it into the warehouse. */
export function setEvaluationScheme(r: Reader, a: SetEvaluationSchemeArgs): Promise<EvaluationScheme> {
  const problems = schemeProblems(a);
  if (problems.length) throw badInput(problems);
  const values = {
    year: a.year, qualityWeight: String(a.quality), supervisionWeight: String(a.supervision), satisfactionWeight: String(a.satisfaction),
    inspectionWeight: String(a.inspection), exerciseWeight: String(a.exercise), timelinessWeight: String(a.timeliness), note: a.note ?? null,
  };
  return audited(r, 'evaluationScheme', 'update', async (tx) => ({
    entityKey: String(a.year), ...(await upsertRow(tx, evaluationSchemes, eq(evaluationSchemes.year, a.year), values)),
  })).then(() => evaluationScheme(r, a.year));
}
