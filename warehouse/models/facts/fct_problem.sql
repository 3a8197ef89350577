-- One row per prominent problem (突出问题), with its region group; and one row per status
-- event, where REOPENED takes effect as RECTIFYING (整改中).
create or replace table fct_problem as
with final as (
  select
    p.problem_code,
    p.region_code,
    coalesce(r.group_code, p.region_code) as group_code,
    p.agency_code,
    p.domain_code,
    p.category,
    p.source,
    p.identified_on,
    p.deadline,
    cast(year(p.identified_on) as integer) as year,
    cast(quarter(p.identified_on) as integer) as quarter
  from stg_problems p
  left join dim_region r using (region_code)
)
select * from final;

create or replace table fct_problem_event as
with final as (
  select
    problem_code,
    seq,
    status as recorded_status,
    case when status = 'REOPENED' then 'RECTIFYING' else status end as effective_status,
    status_on
  from stg_problem_events
)
select * from final;
