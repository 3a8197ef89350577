import type { Warehouse } from '../../warehouse/client.ts';
import { evaluationRanking } from '../../warehouse/queries/ranking.ts';
import { supervisionRows } from '../../warehouse/queries/supervision.ts';
import { penaltyDiscretionRows } from '../../warehouse/queries/penalties.ts';
import { rectificationRows } from '../../warehouse/queries/rectification.ts';
import type { Level } from '../../warehouse/queries/evaluation.ts';
import { Bindings } from '../../warehouse/queries/scope.ts';
import { warehouseSchemes } from '../../warehouse/queries/evaluation-schemes.ts';
import type { EvaluationWeights } from '../domain/evaluation-weights.ts';

export type RankingEntry = Awaited<ReturnType<typeof evaluationRanking>>[number];

export interface EvaluationReport {
  year: number;
  level: Level;
  weights: EvaluationWeights;
  ranked: RankingEntry[];
  incomplete: RankingEntry[];
  city: Array<{ figure: string; value: number | string | null }>;
}

/** Everything the leadership report shows for one year (效能评价报告), read from the warehouse. */
export async function buildEvaluationReport(warehouse: Warehouse, year: number, level: Level): Promise<EvaluationReport> {
  const weights = (await warehouseSchemes(warehouse))(year);
  const scope = { years: [year] };
  const b = new Bindings();
  const y = b.value(year);
  const [ranking, [supervision], [penalties], [rectification], [pooled]] = await Promise.all([
    evaluationRanking(warehouse, year, level),
    supervisionRows(warehouse, scope, [], () => weights.supervisionParts),
    penaltyDiscretionRows(warehouse, scope, []),
    rectificationRows(warehouse, [`${year}-12-31`], null, []),
    warehouse.query<{ quality: number | null; satisfaction: number | null }>(
      `select (select avg(score::double) from fct_case_review where year = ${y}) as quality,
              (select sum(score::double * respondents) / sum(respondents) from fct_survey where year = ${y}) as satisfaction`,
      b.params, b.types,
    ),
  ]);
  return {
    year,
    level,
    weights,
    ranked: ranking.filter((r) => !r.incomplete),
    incomplete: ranking.filter((r) => r.incomplete),
    city: [
      { figure: 'Enforcement quality (执法质量, mean review score)', value: pooled.quality },
      { figure: 'Supervision performance rate (监管履行率)', value: supervision.supervisionRate },
      { figure: 'Filings due / on time', value: `${supervision.filingsDue} / ${supervision.filingsOnTime}` },
      { figure: 'Social satisfaction (社会满意度)', value: pooled.satisfaction },
      { figure: 'Penalty cases (行政处罚案件)', value: penalties.cases },
      { figure: 'Fines total, yuan (罚没金额)', value: penalties.finesTotalYuan },
      { figure: 'Out-of-band rate (超出裁量基准)', value: penalties.outOfBandRate },
      { figure: 'Leniency rate (两轻两免适用)', value: penalties.leniencyRate },
      { figure: `Problems identified by ${year}-12-31 (突出问题)`, value: rectification.total },
      { figure: 'Rectified / verified / overdue', value: `${rectification.rectified} / ${rectification.verified} / ${rectification.overdue}` },
    ],
  };
}
