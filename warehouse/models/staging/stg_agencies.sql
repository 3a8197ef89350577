-- One row per agency (行政执法单位), with its enforcement domains as a list.
create or replace view stg_agencies as
with final as (
  select
    code as agency_code,
    name as agency_name,
    region_code,
    level as agency_level,
    kind as agency_kind,
    string_split(domains, ';') as domain_codes,
    try_cast(active_from as date) as active_from,
    try_cast(active_to as date) as active_to
  from raw_agencies
)
select * from final;
