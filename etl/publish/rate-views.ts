import type { MartTable } from '../../warehouse/marts/catalog.ts';
import type { Measure } from '../../warehouse/catalogue/measure.ts';
import type { Rate } from '../../warehouse/catalogue/rate.ts';
import { snakeCase } from '../../warehouse/catalogue/snake-case.ts';
import { exerciseRate, inspectionRate, overturnRate, timelinessRate } from '../../warehouse/catalogue/supervision.view.ts';
import { leniencyRate, outOfBandRate } from '../../warehouse/catalogue/penalty.view.ts';
import { trainingComplianceRate } from '../../warehouse/catalogue/workforce.view.ts';

/**
 * The rates of domain.md §4 as views over the published marts: each rate is the ratio of the
 * sums of its group (never an average of rates), null when the denominator is 0. A BI user
 * picks the view of the grouping they chart, or sums the mart's numerators and denominators.
 */
interface RateFamily {
  mart: string;
  /** Output column → PostgreSQL aggregate over the mart's columns. */
  sums: Record<string, string>;
  /** Output column → [numerator, denominator], each an expression over the sums. */
  rates: Record<string, [string, string]>;
  /** The groupings published as views (group key columns of the mart). */
  groupings: string[][];
}

const side = (measures: readonly Measure[]) => measures.map((m) => snakeCase(m.name)).join(' + ');

/** Rates of the catalogue under their published names, over sums named after their measures. */
const catalogued = (...rates: Rate[]): RateFamily['rates'] =>
  Object.fromEntries(rates.map((r) => [snakeCase(r.name), [side(r.numerator), side(r.denominator)]]));

const FAMILIES: Record<string, RateFamily> = {
  supervision: {
    mart: 'mart_supervision_agency_quarter',
    sums: {
      inspections_planned: 'sum(inspections_planned)',
      inspections_completed: 'sum(inspections_completed_capped)',
      items_total: 'sum(items_total)',
      items_exercised: 'sum(items_exercised)',
      filings_due: 'count(*) filter (where is_due)',
      filings_on_time: 'count(*) filter (where filed_on_time)',
      reconsiderations: 'sum(reconsiderations)',
      reconsiderations_overturned: 'sum(reconsiderations_overturned)',
      litigations: 'sum(litigations)',
      litigations_lost: 'sum(litigations_lost)',
    },
    rates: catalogued(inspectionRate, exerciseRate, timelinessRate, overturnRate),
    groupings: [['region_code', 'year'], ['region_code', 'year', 'quarter'], ['year'], ['year', 'quarter'], ['agency_code', 'year']],
  },
  penalty: {
    mart: 'mart_penalty_agency_quarter',
    sums: {
      cases: 'sum(cases)',
      fines_total_yuan: 'sum(fines_total_yuan)',
      no_leniency_cases: "coalesce(sum(cases) filter (where leniency = 'NONE'), 0)",
      out_of_band_cases: 'sum(out_of_band_cases)',
      leniency_cases: "coalesce(sum(cases) filter (where leniency <> 'NONE'), 0)",
    },
    rates: { ...catalogued(outOfBandRate, leniencyRate), mean_fine_yuan: ['fines_total_yuan', 'cases'] },
    groupings: [['region_code', 'year'], ['region_code', 'year', 'quarter'], ['domain_code', 'year'], ['year']],
  },
  rectification: {
    mart: 'mart_rectification_quarter_end',
    sums: { total: 'sum(total)', rectified: 'sum(rectified)', verified: 'sum(verified)', overdue: 'sum(overdue)' },
    rates: { rectification_rate: ['rectified', 'total'], verification_rate: ['verified', 'total'] },
    // Each row is a quarter-end snapshot: summing across quarters would count a problem 4 times.
    groupings: [['region_code', 'year', 'quarter'], ['domain_code', 'year', 'quarter'], ['year', 'quarter']],
  },
  evaluation_inputs: {
    mart: 'mart_evaluation_inputs_year',
    sums: { reviews: 'sum(reviews)', review_score_sum: 'sum(review_score_sum)', respondents: 'sum(respondents)', weighted_score_sum: 'sum(weighted_score_sum)' },
    rates: { quality: ['review_score_sum', 'reviews'], satisfaction: ['weighted_score_sum', 'respondents'] },
    groupings: [['region_code', 'year'], ['year']],
  },
  workforce: {
    mart: 'mart_workforce_year',
    sums: { officers_with_valid_certificate: 'sum(officers_with_valid_certificate)', compliant_officers: 'sum(compliant_officers)' },
    rates: catalogued(trainingComplianceRate),
    groupings: [['region_code', 'year'], ['year'], ['agency_code', 'year']],
  },
};

// A rate reads only sums of its own family: a catalogue rate over a measure a mart does not sum fails here, not in PostgreSQL.
for (const [family, def] of Object.entries(FAMILIES)) {
  for (const [rate, sides] of Object.entries(def.rates)) {
    const unknown = sides.flatMap((expr) => expr.split(' + ')).filter((term) => !(term in def.sums));
    if (unknown.length) throw new Error(`rate view ${family}.${rate}: no sum named ${unknown.join(', ')}`);
  }
}

export interface RateView {
  name: string;
  mart: string;
  keys: string[];
  columns: string[];
  /** CREATE VIEW in `schema`, as the invoker so the reader's row-level security applies. */
  sql(schema: string): string;
}

/** Every view whose mart is published with the columns the view needs. */
export function rateViews(tables: MartTable[]): RateView[] {
  const views: RateView[] = [];
  for (const [family, def] of Object.entries(FAMILIES)) {
    const mart = tables.find((t) => t.name === def.mart);
    if (!mart) continue;
    for (const grouping of def.groupings) {
      if (!grouping.every((k) => mart.columns.some((c) => c.name === k))) continue;
      // A code's name (region_name next to region_code) is carried along with it.
      const keys = grouping.flatMap((k) => {
        const label = k.replace(/_code$/, '_name');
        return label !== k && mart.columns.some((c) => c.name === label) ? [k, label] : [k];
      });
      const sums = Object.entries(def.sums).map(([name, expr]) => `${expr} as ${name}`);
      const rates = Object.entries(def.rates).map(([name, [num, den]]) => `(${num})::double precision / nullif(${den}, 0) as ${name}`);
      const name = `${family}_by_${grouping.map((k) => k.replace(/_code$/, '')).join('_')}`;
      views.push({
        name,
        mart: def.mart,
        keys,
        columns: [...keys, ...Object.keys(def.sums), ...Object.keys(def.rates)],
        sql: (schema) => `create view ${schema}.${name} with (security_invoker = true) as
          with s as (select ${keys.join(', ')}, ${sums.join(', ')} from ${schema}.${def.mart} group by ${keys.join(', ')})
          select s.*, ${rates.join(', ')} from s`,
      });
    }
  }
  return views;
}
