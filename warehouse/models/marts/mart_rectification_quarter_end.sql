-- One row per quarter end × region group × domain: rectification status of the problems
-- identified by then (§4.6, see problem_status_at), the burn-down series.
create or replace table mart_rectification_quarter_end as
with snapshots as (
  select year, quarter, quarter_end as as_of from dim_quarter
),
status_at as (
  select
    s.year,
    s.quarter,
    s.as_of,
    p.group_code,
    p.domain_code,
    p.deadline,
    problem_status_at(p.problem_code, s.as_of) as status
  from fct_problem p
  join snapshots s on p.identified_on <= s.as_of
),
final as (
  select
    year,
    quarter,
    as_of,
    group_code as region_code,
    domain_code,
    count(*) as total,
    count(*) filter (where status in ('RECTIFIED', 'VERIFIED')) as rectified,
    count(*) filter (where status = 'VERIFIED') as verified,
    count(*) filter (where status not in ('RECTIFIED', 'VERIFIED') and deadline < as_of) as overdue
  from status_at
  group by all
)
select * from final;
