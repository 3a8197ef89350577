-- Officers (one row each, certificate status as of extraction) and training hours (one row
-- per officer × year × type).
create or replace view stg_officers as
select officer_no, agency_code, certificate_status from raw_officers;

create or replace view stg_training as
select officer_no, year, type as training_type, cast(hours as decimal(6, 1)) as hours from raw_training;
