/** The models in dependency order (raw → staging → dimensions → facts → marts), run by every ETL. */
export const MODEL_FILES = [
  'staging/stg_regions.sql',
  'staging/stg_agencies.sql',
  'staging/stg_standards.sql',
  'staging/stg_filings.sql',
  'staging/stg_penalty_cases.sql',
  'staging/stg_problems.sql',
  'staging/stg_assessments.sql',
  'staging/stg_workforce.sql',
  'staging/stg_complaints.sql',
  'staging/stg_clues.sql',
  'dims/dim_domain.sql',
  'dims/dim_region.sql',
  'dims/dim_region_closure.sql',
  'dims/dim_agency.sql',
  'dims/dim_agency_domain.sql',
  'dims/dim_quarter.sql',
  'dims/dim_evaluation_scheme.sql',
  'facts/fct_agency_quarter.sql',
  'facts/fct_penalty_case.sql',
  'facts/fct_problem.sql',
  'facts/problem_status_at.sql',
  'facts/fct_case_review.sql',
  'facts/fct_survey.sql',
  'facts/fct_officer_year.sql',
  'facts/fct_complaint.sql',
  'facts/fct_clue.sql',
  'marts/mart_supervision_agency_quarter.sql',
  'marts/mart_penalty_agency_quarter.sql',
  'marts/mart_rectification_quarter_end.sql',
  'marts/mart_evaluation_inputs_year.sql',
  'marts/mart_workforce_year.sql',
] as const;

/** Marts exported by `eqp export`, with the columns they are Hive-partitioned by. */
export const EXPORTED_MARTS: Record<string, string[]> = {
  mart_supervision_agency_quarter: ['year', 'quarter'],
  mart_penalty_agency_quarter: ['year', 'quarter'],
  mart_rectification_quarter_end: ['year', 'quarter'],
  mart_evaluation_inputs_year: ['year'],
  mart_workforce_year: ['year'],
};

/** The raw tables no source derives (the sources' own come from etl/extract/sources.ts). */
export const RAW_FIXED_FILE = 'raw/raw_fixed.sql';

/** Data tests run after the models; each query returns the rows that break its rule. */
export const CHECK_FILES = ['unique_keys.sql', 'not_null_keys.sql', 'relationships.sql', 'rates_within_bounds.sql'] as const;
