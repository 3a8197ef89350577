-- One row per violation item × band × validity period (裁量基准).
create or replace view stg_standards as
with final as (
  select
    violation_item_code,
    band,
    cast(valid_from as date) as valid_from,
    try_cast(valid_to as date) as valid_to,
    name as item_name,
    domain as domain_code,
    cast(min_yuan as decimal(14, 2)) as min_yuan,
    cast(max_yuan as decimal(14, 2)) as max_yuan
  from raw_standards
)
select * from final;
