-- One row per region, with the group it reports under when analytics group by REGION:
-- its nearest district-level ancestor (DISTRICT or ZONE, itself included); regions above that
-- level (the city itself, 市直) form their own group.
create or replace table dim_region as
with recursive paths as (
  select region_code as region_code, region_code as ancestor_code, 0 as distance
  from stg_regions
  union all
  select p.region_code, r.parent_code, p.distance + 1
  from paths p
  join stg_regions r on r.region_code = p.ancestor_code
  where r.parent_code is not null and p.distance < 16
),
ranked as (
  select
    p.region_code,
    p.ancestor_code,
    row_number() over (
      partition by p.region_code
      order by case when a.region_type in ('DISTRICT', 'ZONE') then 0 else 1 end, p.distance
    ) as preference
  from paths p
  join stg_regions a on a.region_code = p.ancestor_code
  where a.region_type in ('DISTRICT', 'ZONE') or p.distance = 0
),
final as (
  select
    r.region_code,
    r.region_name,
    r.parent_code,
    r.region_type,
    g.ancestor_code as group_code,
    gr.region_name as group_name
  from stg_regions r
  join ranked g on g.region_code = r.region_code and g.preference = 1
  join stg_regions gr on gr.region_code = g.ancestor_code
)
select * from final;
