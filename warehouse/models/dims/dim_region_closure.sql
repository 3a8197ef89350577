-- One row per (ancestor, descendant) pair, each region its own ancestor too: Scope.regionCodes
-- selects a region and every region under it.
create or replace table dim_region_closure as
with recursive closure as (
  select region_code as ancestor_code, region_code as descendant_code, 0 as depth
  from stg_regions
  union all
  select c.ancestor_code, r.region_code, c.depth + 1
  from closure c
  join stg_regions r on r.parent_code = c.descendant_code
  where c.depth < 16
),
final as (
  select distinct ancestor_code, descendant_code from closure
)
select * from final;
