-- One row per calendar quarter from the programme's start (2022) or the earliest data, to its
-- end (2024) or the latest data, with the filing due date (the macro of rule-macros.ts).
create or replace table dim_quarter as
with bounds as (
  select
    least(2022, coalesce(min(year), 2022)) as first_year,
    greatest(2024, coalesce(max(year), 2024)) as last_year
  from (
    select year from raw_filings
    union all select year(cast(decided_on as date)) from raw_penalty_cases
    union all select year from raw_case_reviews
    union all select year from raw_surveys
  )
),
quarters as (
  select y.year, q.quarter
  from bounds, range(first_year, last_year + 1) as y(year), range(1, 5) as q(quarter)
),
final as (
  select
    cast(year as integer) as year,
    cast(quarter as integer) as quarter,
    make_date(cast(year as integer), cast(quarter * 3 - 2 as integer), 1) as quarter_start,
    cast(make_date(cast(year as integer), cast(quarter * 3 - 2 as integer), 1) + interval 3 month - interval 1 day as date) as quarter_end,
    filing_due_date(year, quarter) as due_date
  from quarters
)
select * from final;
