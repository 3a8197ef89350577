-- One row per agency, with its region group (see dim_region) and active period.
create or replace table dim_agency as
with final as (
  select
    a.agency_code,
    a.agency_name,
    a.region_code,
    coalesce(r.group_code, a.region_code) as group_code,
    a.agency_level,
    a.agency_kind,
    a.active_from,
    a.active_to
  from stg_agencies a
  left join dim_region r on r.region_code = a.region_code
)
select * from final;
