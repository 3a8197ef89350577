-- One row per penalty case, with the band range of the discretion standard in force on the
-- decision date (裁量基准) and whether the fine lies outside it.
create or replace table fct_penalty_case as
with cases as (
  select c.*, cast(year(c.decided_on) as integer) as year, cast(quarter(c.decided_on) as integer) as quarter
  from stg_penalty_cases c
),
in_force as (
  -- The latest standard that started on or before the decision, kept only if still valid then.
  select
    c.agency_code,
    c.case_no,
    case when s.valid_to is null or s.valid_to >= c.decided_on then s.min_yuan end as min_yuan,
    case when s.valid_to is null or s.valid_to >= c.decided_on then s.max_yuan end as max_yuan,
    case when s.valid_to is null or s.valid_to >= c.decided_on then s.domain_code end as domain_code
  from cases c
  asof join stg_standards s
    on s.violation_item_code = c.violation_item_code and s.band = c.band and c.decided_on >= s.valid_from
),
item_domain as (
  select violation_item_code, arg_max(domain_code, valid_from) as domain_code
  from stg_standards
  group by violation_item_code
),
final as (
  select
    c.agency_code,
    c.case_no,
    a.region_code,
    a.group_code,
    c.year,
    c.quarter,
    c.decided_on,
    c.violation_item_code,
    coalesce(f.domain_code, d.domain_code, 'OTHER') as domain_code,
    c.party_type,
    c.band,
    c.leniency,
    c.first_offence,
    c.fine_yuan,
    f.min_yuan,
    f.max_yuan,
    f.min_yuan is not null as has_standard,
    (c.leniency = 'NONE' and f.min_yuan is not null and (c.fine_yuan < f.min_yuan or c.fine_yuan > f.max_yuan)) as out_of_band,
    c.legal_review,
    c.disclosed_on,
    working_days_after(c.decided_on, c.disclosed_on) as disclosure_working_days,
    disclosed_on_time(c.decided_on, c.disclosed_on) as disclosed_on_time,
    c.non_site,
    c.enterprise_impact_assessed,
    c.full_process_recorded
  from cases c
  join dim_agency a using (agency_code)
  left join in_force f using (agency_code, case_no)
  left join item_domain d on d.violation_item_code = c.violation_item_code
)
select * from final;
