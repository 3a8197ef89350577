-- One row per agency per year: officers with a valid certificate and those meeting both
-- 30-hour training targets (§4.7). Counts only: no officer appears by name.
create or replace table mart_workforce_year as
with final as (
  select
    year,
    agency_code,
    group_code as region_code,
    count(*) filter (where certificate_valid) as officers_with_valid_certificate,
    count(*) filter (where certificate_valid and training_compliant) as compliant_officers
  from fct_officer_year
  group by all
)
select * from final;
