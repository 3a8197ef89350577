-- One row per agency per year: the sums behind quality (reviews) and satisfaction (surveys of
-- the agency itself), from which the efficiency evaluation is pooled.
create or replace table mart_evaluation_inputs_year as
with reviews as (
  select agency_code, year, count(*) as reviews, sum(score) as review_score_sum
  from fct_case_review group by all
),
surveys as (
  select agency_code, year, sum(respondents) as respondents, sum(score * respondents) as weighted_score_sum
  from fct_survey where agency_code is not null group by all
),
final as (
  select
    coalesce(r.year, s.year) as year,
    coalesce(r.agency_code, s.agency_code) as agency_code,
    a.group_code as region_code,
    coalesce(r.reviews, 0) as reviews,
    r.review_score_sum,
    coalesce(s.respondents, 0) as respondents,
    s.weighted_score_sum
  from reviews r
  full outer join surveys s on s.agency_code = r.agency_code and s.year = r.year
  join dim_agency a on a.agency_code = coalesce(r.agency_code, s.agency_code)
)
select * from final;
