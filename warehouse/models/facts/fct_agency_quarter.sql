-- One row per agency per calendar quarter in which the agency was active (a filing was due)
-- or filed an accepted filing. Carries the figures behind the supervision performance rate
-- (监管履行率): inspections capped at plan, power items, and filing timeliness; and the filed
-- figures of the three enforcement systems (三项制度) and the enforcement counts.
create or replace table fct_agency_quarter as
with due as (
  -- An agency is due to file for every quarter its active period overlaps (unset: always).
  select a.agency_code, q.year, q.quarter
  from dim_agency a
  cross join dim_quarter q
  where (a.active_from is null or a.active_from <= q.quarter_end)
    and (a.active_to is null or a.active_to >= q.quarter_start)
),
filed as (
  select f.*, q.due_date
  from stg_filings f
  join dim_quarter q using (year, quarter)
),
joined as (
  select
    coalesce(d.agency_code, f.agency_code) as agency_code,
    coalesce(d.year, f.year) as year,
    coalesce(d.quarter, f.quarter) as quarter,
    d.agency_code is not null as is_due,
    f.agency_code is not null as has_filing,
    coalesce(f.submitted_on <= f.due_date, false) as submitted_on_time,
    f.submitted_at,
    f.due_date,
    coalesce(f.inspections_planned, 0) as inspections_planned,
    coalesce(least(f.inspections_completed, f.inspections_planned), 0) as inspections_completed_capped,
    coalesce(f.inspections_completed, 0) as inspections_completed,
    coalesce(f.items_total, 0) as items_total,
    coalesce(f.items_exercised, 0) as items_exercised,
    coalesce(f.reconsiderations, 0) as reconsiderations,
    coalesce(f.reconsiderations_overturned, 0) as reconsiderations_overturned,
    coalesce(f.litigations, 0) as litigations,
    coalesce(f.litigations_lost, 0) as litigations_lost,
    coalesce(f.penalty_count, 0) as penalty_count,
    coalesce(f.inspection_count, 0) as inspection_count,
    coalesce(f.disclosures_due, 0) as disclosures_due,
    coalesce(f.disclosures_on_time, 0) as disclosures_on_time,
    coalesce(f.legal_reviews_required, 0) as legal_reviews_required,
    coalesce(f.legal_reviews_done, 0) as legal_reviews_done,
    coalesce(f.fines_total_yuan, 0) as fines_total_yuan
  from due d
  full outer join filed f on f.agency_code = d.agency_code and f.year = d.year and f.quarter = d.quarter
),
final as (
  select
    j.*,
    -- Only filings that were due count towards timeliness, so the rate never exceeds 1.
    (j.is_due and j.has_filing and j.submitted_on_time) as filed_on_time,
    a.region_code,
    a.group_code
  from joined j
  join dim_agency a using (agency_code)
)
select * from final;
