-- One row per agency × enforcement domain it works in: grouping by DOMAIN counts an agency's
-- figures under each of its domains.
create or replace table dim_agency_domain as
with final as (
  select distinct agency_code, trim(domain_code) as domain_code
  from stg_agencies, unnest(domain_codes) as d(domain_code)
  where trim(domain_code) <> ''
)
select * from final;
