-- One row per reviewed case file (案卷评查), with grade and the agency's region group.
create or replace table fct_case_review as
with final as (
  select
    r.agency_code,
    a.region_code,
    a.group_code,
    r.year,
    r.case_no,
    r.score,
    case when r.score >= 90 then 'EXCELLENT' when r.score >= 60 then 'PASS' else 'FAIL' end as grade
  from stg_case_reviews r
  join dim_agency a using (agency_code)
)
select * from final;
