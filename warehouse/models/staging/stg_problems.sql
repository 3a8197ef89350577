-- One row per prominent problem (突出问题), and one per status event.
create or replace view stg_problems as
select
  code as problem_code, region_code, nullif(agency_code, '') as agency_code, domain as domain_code,
  category, source, cast(identified_on as date) as identified_on, cast(deadline as date) as deadline
from raw_problems;

create or replace view stg_problem_events as
select problem_code, seq, status, cast(status_on as date) as status_on
from raw_problem_events;
