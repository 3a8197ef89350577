-- One row per region (地区).
create or replace view stg_regions as
with final as (
  select code as region_code, name as region_name, nullif(parent_code, '') as parent_code, type as region_type
  from raw_regions
)
select * from final;
