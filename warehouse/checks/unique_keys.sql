-- Data test: every model key is unique. Returns one row per duplicated key.
select 'dim_region' as model, region_code as key, count(*) as n from dim_region group by region_code having count(*) > 1
union all
select 'dim_agency', agency_code, count(*) from dim_agency group by agency_code having count(*) > 1
union all
select 'fct_agency_quarter', agency_code || '/' || year || 'Q' || quarter, count(*)
from fct_agency_quarter group by agency_code, year, quarter having count(*) > 1
union all
select 'fct_penalty_case', agency_code || '/' || case_no, count(*)
from fct_penalty_case group by agency_code, case_no having count(*) > 1
union all
select 'fct_problem', problem_code, count(*) from fct_problem group by problem_code having count(*) > 1
union all
select 'fct_problem_event', problem_code || '#' || seq, count(*)
from fct_problem_event group by problem_code, seq having count(*) > 1
union all
select 'fct_complaint', complaint_no, count(*) from fct_complaint group by complaint_no having count(*) > 1
union all
select 'fct_clue', clue_code, count(*) from fct_clue group by clue_code having count(*) > 1;
