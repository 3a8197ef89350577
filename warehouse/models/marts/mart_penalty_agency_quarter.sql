-- One row per agency × quarter × violation item × band × leniency: counts and sums behind the
-- penalty-discretion rates (medians need the cases themselves: fct_penalty_case).
create or replace table mart_penalty_agency_quarter as
with final as (
  select
    year,
    quarter,
    agency_code,
    group_code as region_code,
    domain_code,
    violation_item_code,
    band,
    leniency,
    count(*) as cases,
    sum(fine_yuan) as fines_total_yuan,
    count(*) filter (where out_of_band) as out_of_band_cases,
    count(*) filter (where not has_standard) as cases_without_standard,
    count(*) filter (where first_offence) as first_offence_cases
  from fct_penalty_case
  group by all
)
select * from final;
