import type { MartTable } from '../../warehouse/marts/catalog.ts';

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
    rates: {
      inspection_rate: ['inspections_completed', 'inspections_planned'],
      exercise_rate: ['items_exercised', 'items_total'],
      timeliness_rate: ['filings_on_time', 'filings_due'],
      overturn_rate: ['reconsiderations_overturned + litigations_lost', 'reconsiderations + litigations'],
    },
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
    rates: {
      out_of_band_rate: ['out_of_band_cases', 'no_leniency_cases'],
      leniency_rate: ['leniency_cases', 'cases'],
      mean_fine_yuan: ['fines_total_yuan', 'cases'],
    },
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
    rates: { training_compliance_rate: ['compliant_officers', 'officers_with_valid_certificate'] },
    groupings: [['region_code', 'year'], ['year'], ['agency_code', 'year']],
  },
};

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
