-- The raw tables no ETL source derives (those are created from etl/extract/sources.ts, see
-- etl/load/raw-layer.ts): the enforcement domains, written from their list in the code, and
-- the run's bookkeeping.
create table if not exists raw_domains (code varchar primary key, name_zh varchar, name_en varchar);
-- Incremental extraction: the highest updated_at seen per source.
create table if not exists meta_watermarks (source varchar primary key, high_water varchar);
-- The run that produced this file, for cache keys and the run log.
create table if not exists meta_etl_runs (
  run_id varchar primary key, started_at timestamptz, finished_at timestamptz, mode varchar, rows_json varchar
);
