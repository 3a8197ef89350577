-- One row per satisfaction survey (社会满意度): of a region or of an agency, with the region
-- group it pools into (a region pools its own surveys and its agencies').
create or replace table fct_survey as
with final as (
  select
    s.survey_id,
    s.year,
    s.region_code as surveyed_region_code,
    s.agency_code,
    coalesce(s.region_code, a.region_code) as region_code,
    coalesce(r.group_code, a.group_code) as group_code,
    s.respondent_group,
    s.respondents,
    s.score
  from stg_surveys s
  left join dim_agency a on a.agency_code = s.agency_code
  left join dim_region r on r.region_code = s.region_code
)
select * from final;
