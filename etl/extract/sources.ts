/**
 * What the ETL copies from the operational store into the raw layer of the warehouse: for
 * each source, the columns (as SQL over the operational table and their raw type), the key,
 * and whether it is extracted incrementally (by updated_at) or reloaded whole.
 * Personal data (names, ID and phone numbers) is deliberately not extracted.
 */
export type RawType = 'text' | 'int' | 'bool';

export interface Column {
  name: string;
  sql: string;
  type: RawType;
}

export interface Source {
  name: string;
  rawTable: string;
  from: string;
  columns: Column[];
  key: string[];
  /** Extracted by updated_at since the last run; changed rows replace their keys. */
  incremental: boolean;
  /** Rows that reach the warehouse; other changed rows only remove their key (e.g. a returned filing). */
  keep?: string;
}

const text = (name: string, sql = name): Column => ({ name, sql: `${sql}::text`, type: 'text' });
const int = (name: string, sql = name): Column => ({ name, sql, type: 'int' });
const bool = (name: string, sql = name): Column => ({ name, sql, type: 'bool' });
const instant = (name: string): Column => ({
  name,
  sql: `to_char(${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  type: 'text',
});

const FILING_COUNTS = [
  'licensing_count', 'penalty_count', 'compulsion_count', 'inspection_count', 'levy_count', 'confirmation_count',
  'payment_count', 'award_count', 'ruling_count', 'other_count',
];
const FILING_FIGURES = [
  'inspections_planned', 'inspections_completed', 'items_total', 'items_exercised', 'legal_reviews_required',
  'legal_reviews_done', 'disclosures_due', 'disclosures_on_time', 'reconsiderations', 'reconsiderations_overturned',
  'litigations', 'litigations_lost', 'complaints_received', 'complaints_resolved', 'non_site_cases',
];

export const SOURCES: Source[] = [
  {
    name: 'regions', rawTable: 'raw_regions', from: 'regions', key: ['code'], incremental: false,
    columns: [text('code'), text('name'), text('parent_code'), text('type')],
  },
  {
    name: 'agencies', rawTable: 'raw_agencies', from: 'agencies', key: ['code'], incremental: false,
    columns: [
      text('code'), text('name'), text('region_code'), text('level'), text('kind'),
      text('domains', `array_to_string(domains, ';')`), text('active_from'), text('active_to'),
    ],
  },
  {
    name: 'standards', rawTable: 'raw_standards', from: 'standards', key: ['violation_item_code', 'band', 'valid_from'], incremental: false,
    columns: [
      text('violation_item_code'), text('band'), text('valid_from'), text('valid_to'), text('name'), text('domain'),
      text('legal_basis'), text('min_yuan'), text('max_yuan'),
    ],
  },
  {
    name: 'filings', rawTable: 'raw_filings', from: 'filings', key: ['agency_code', 'year', 'quarter'], incremental: true,
    keep: `status = 'ACCEPTED'`,
    columns: [
      text('agency_code'), int('year'), int('quarter'), instant('submitted_at'),
      ...FILING_COUNTS.map((c) => int(c)), text('fines_total_yuan'), ...FILING_FIGURES.map((c) => int(c)),
    ],
  },
  {
    name: 'penalty_cases', rawTable: 'raw_penalty_cases', from: 'penalty_cases', key: ['agency_code', 'case_no'], incremental: true,
    columns: [
      text('agency_code'), text('case_no'), text('decided_on'), text('violation_item_code'), text('party_type'),
      text('band'), text('leniency'), bool('first_offence'), text('fine_yuan'), bool('legal_review'),
      text('disclosed_on'), bool('non_site'), bool('enterprise_impact_assessed'), bool('full_process_recorded'),
    ],
  },
  {
    name: 'problems', rawTable: 'raw_problems', from: 'problems', key: ['code'], incremental: false,
    columns: [
      text('code'), text('region_code'), text('agency_code'), text('domain'), text('category'), text('source'),
      text('identified_on'), text('deadline'),
    ],
  },
  {
    name: 'problem_events', rawTable: 'raw_problem_events', from: 'problem_events', key: ['problem_code', 'seq'], incremental: false,
    columns: [text('problem_code'), int('seq'), text('status'), text('status_on')],
  },
  {
    name: 'case_reviews', rawTable: 'raw_case_reviews', from: 'case_reviews', key: ['agency_code', 'year', 'case_no'], incremental: false,
    columns: [text('agency_code'), int('year'), text('case_no'), text('score')],
  },
  {
    name: 'surveys', rawTable: 'raw_surveys', from: 'surveys', key: ['id'], incremental: false,
    columns: [int('id'), int('year'), text('region_code'), text('agency_code'), text('respondent_group'), int('respondents'), text('score')],
  },
  {
    name: 'officers', rawTable: 'raw_officers', from: 'officers', key: ['officer_no'], incremental: false,
    columns: [text('officer_no'), text('agency_code'), text('certificate_status')],
  },
  {
    name: 'training', rawTable: 'raw_training', from: 'training', key: ['officer_no', 'year', 'type'], incremental: false,
    columns: [text('officer_no'), int('year'), text('type'), text('hours')],
  },
  {
    name: 'evaluation_schemes', rawTable: 'raw_evaluation_schemes', from: 'evaluation_schemes', key: ['year'], incremental: false,
    columns: [
      int('year'), text('quality_weight'), text('supervision_weight'), text('satisfaction_weight'),
      text('inspection_weight'), text('exercise_weight'), text('timeliness_weight'),
    ],
  },
  // The complainant's name and phone stay in the operational store (personal data).
  {
    name: 'complaints', rawTable: 'raw_complaints', from: 'complaints', key: ['complaint_no'], incremental: false,
    columns: [
      text('complaint_no'), text('channel'), instant('received_at'), text('agency_code'), text('status'),
      bool('transferred_to_discipline'), instant('resolved_at'),
    ],
  },
  // A clue's summary, organ, document number and outcome are case matter: only codes and dates travel.
  {
    name: 'clues', rawTable: 'raw_clues', from: 'clues', key: ['clue_code'], incremental: false,
    columns: [text('clue_code'), text('agency_code'), text('source'), text('step')],
  },
  {
    name: 'clue_steps', rawTable: 'raw_clue_steps', from: 'clue_steps', key: ['clue_code', 'step'], incremental: false,
    columns: [text('clue_code'), text('step'), text('step_on')],
  },
];
