-- Case-file reviews (one row per reviewed case) and surveys (one row per survey), typed.
create or replace view stg_case_reviews as
select agency_code, year, case_no, cast(score as decimal(5, 2)) as score from raw_case_reviews;

create or replace view stg_surveys as
select
  id as survey_id, year, nullif(region_code, '') as region_code, nullif(agency_code, '') as agency_code,
  respondent_group, respondents, cast(score as decimal(5, 2)) as score
from raw_surveys;
