-- Data test: every fact points at an existing dimension row. Returns one row per orphan kind.
select 'dim_agency.region_code → dim_region' as relation, count(*) as n
from dim_agency a left join dim_region r using (region_code) where r.region_code is null having count(*) > 0
union all
select 'fct_penalty_case.agency_code → dim_agency', count(*)
from raw_penalty_cases c left join dim_agency a on a.agency_code = c.agency_code where a.agency_code is null having count(*) > 0
union all
select 'raw_filings.agency_code → dim_agency', count(*)
from raw_filings f left join dim_agency a on a.agency_code = f.agency_code where a.agency_code is null having count(*) > 0
union all
select 'fct_problem_event.problem_code → fct_problem', count(*)
from fct_problem_event e left join fct_problem p using (problem_code) where p.problem_code is null having count(*) > 0
union all
select 'fct_problem.region_code → dim_region', count(*)
from fct_problem p left join dim_region r using (region_code) where r.region_code is null having count(*) > 0
union all
select 'raw_complaints.agency_code → dim_agency', count(*)
from raw_complaints c left join dim_agency a on a.agency_code = c.agency_code where a.agency_code is null having count(*) > 0
union all
select 'raw_clues.agency_code → dim_agency', count(*)
from raw_clues c left join dim_agency a on a.agency_code = c.agency_code where a.agency_code is null having count(*) > 0;
