-- One row per officer per year of the calendar: certificate status (as of the last ETL) and
-- training hours by type, for the training compliance rate (the required hours of both types).
create or replace table fct_officer_year as
with years as (
  select distinct year from dim_quarter
),
hours as (
  select
    officer_no,
    year,
    sum(hours) filter (where training_type = 'BUSINESS') as business_hours,
    sum(hours) filter (where training_type = 'LEGAL') as legal_hours
  from stg_training
  group by officer_no, year
),
final as (
  select
    o.officer_no,
    o.agency_code,
    a.region_code,
    a.group_code,
    y.year,
    o.certificate_status = 'VALID' as certificate_valid,
    coalesce(h.business_hours, 0) as business_hours,
    coalesce(h.legal_hours, 0) as legal_hours,
    coalesce(h.business_hours, 0) >= training_hours_required()
      and coalesce(h.legal_hours, 0) >= training_hours_required() as training_compliant
  from stg_officers o
  join dim_agency a using (agency_code)
  cross join years y
  left join hours h on h.officer_no = o.officer_no and h.year = y.year
)
select * from final;
