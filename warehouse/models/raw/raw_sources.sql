-- Raw layer: operational rows as extracted, one table per source, no personal data.
-- Dates, timestamps and decimals arrive as text and are typed in staging, so nothing is
-- rounded on the way in. Loaded through the Appender inside the ETL transaction.
create table if not exists raw_domains (code varchar primary key, name_zh varchar, name_en varchar);
create table if not exists raw_regions (code varchar primary key, name varchar, parent_code varchar, type varchar);
create table if not exists raw_agencies (
  code varchar primary key, name varchar, region_code varchar, level varchar, kind varchar,
  domains varchar, active_from varchar, active_to varchar
);
create table if not exists raw_standards (
  violation_item_code varchar, band varchar, valid_from varchar, valid_to varchar, name varchar,
  domain varchar, legal_basis varchar, min_yuan varchar, max_yuan varchar,
  primary key (violation_item_code, band, valid_from)
);
create table if not exists raw_filings (
  agency_code varchar, year integer, quarter integer, submitted_at varchar,
  licensing_count integer, penalty_count integer, compulsion_count integer, inspection_count integer,
  levy_count integer, confirmation_count integer, payment_count integer, award_count integer,
  ruling_count integer, other_count integer, fines_total_yuan varchar,
  inspections_planned integer, inspections_completed integer, items_total integer, items_exercised integer,
  legal_reviews_required integer, legal_reviews_done integer, disclosures_due integer, disclosures_on_time integer,
  reconsiderations integer, reconsiderations_overturned integer, litigations integer, litigations_lost integer,
  complaints_received integer, complaints_resolved integer, non_site_cases integer,
  primary key (agency_code, year, quarter)
);
create table if not exists raw_penalty_cases (
  agency_code varchar, case_no varchar, decided_on varchar, violation_item_code varchar, party_type varchar,
  band varchar, leniency varchar, first_offence boolean, fine_yuan varchar, legal_review boolean,
  disclosed_on varchar, non_site boolean, enterprise_impact_assessed boolean, full_process_recorded boolean
);
create table if not exists raw_problems (
  code varchar primary key, region_code varchar, agency_code varchar, domain varchar, category varchar,
  source varchar, identified_on varchar, deadline varchar
);
create table if not exists raw_problem_events (problem_code varchar, seq integer, status varchar, status_on varchar);
create table if not exists raw_case_reviews (agency_code varchar, year integer, case_no varchar, score varchar);
create table if not exists raw_surveys (
  id integer primary key, year integer, region_code varchar, agency_code varchar, respondent_group varchar,
  respondents integer, score varchar
);
create table if not exists raw_officers (officer_no varchar primary key, agency_code varchar, certificate_status varchar);
create table if not exists raw_training (officer_no varchar, year integer, type varchar, hours varchar);
create table if not exists raw_evaluation_schemes (
  year integer primary key, quality_weight varchar, supervision_weight varchar, satisfaction_weight varchar,
  inspection_weight varchar, exercise_weight varchar, timeliness_weight varchar
);
create table if not exists raw_complaints (
  complaint_no varchar primary key, channel varchar, received_at varchar, agency_code varchar, status varchar,
  transferred_to_discipline boolean, resolved_at varchar
);
create table if not exists raw_clues (clue_code varchar primary key, agency_code varchar, source varchar, step varchar);
create table if not exists raw_clue_steps (clue_code varchar, step varchar, step_on varchar, primary key (clue_code, step));
-- Incremental extraction: the highest updated_at seen per source.
create table if not exists meta_watermarks (source varchar primary key, high_water varchar);
-- The run that produced this file, for cache keys and the run log.
create table if not exists meta_etl_runs (
  run_id varchar primary key, started_at timestamptz, finished_at timestamptz, mode varchar, rows_json varchar
);
