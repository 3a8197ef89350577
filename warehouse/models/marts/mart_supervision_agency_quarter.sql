-- One row per agency per quarter: the supervision-rate figures with names, for dashboards and
-- export (Hive-partitioned by year and quarter). Aggregates only, no personal data.
create or replace table mart_supervision_agency_quarter as
with final as (
  select
    f.year,
    f.quarter,
    f.agency_code,
    a.agency_name,
    f.group_code as region_code,
    r.region_name,
    f.is_due,
    f.has_filing,
    f.filed_on_time,
    f.inspections_planned,
    f.inspections_completed_capped,
    f.items_total,
    f.items_exercised,
    f.reconsiderations,
    f.reconsiderations_overturned,
    f.litigations,
    f.litigations_lost,
    f.penalty_count,
    f.fines_total_yuan
  from fct_agency_quarter f
  join dim_agency a using (agency_code)
  left join dim_region r on r.region_code = f.group_code
)
select * from final;
