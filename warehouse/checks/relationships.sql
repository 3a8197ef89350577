-- Data test: every model row points at an existing dimension row. Returns one row per orphan kind.
-- The raw rows' references (each foreign key of the operational tables) are checked before the
-- models run, by the raw checks derived from the sources (etl/load/raw-checks.ts).
select 'dim_agency.region_code → dim_region' as relation, count(*) as n
from dim_agency a left join dim_region r using (region_code) where r.region_code is null having count(*) > 0
union all
select 'fct_problem_event.problem_code → fct_problem', count(*)
from fct_problem_event e left join fct_problem p using (problem_code) where p.problem_code is null having count(*) > 0
union all
select 'fct_problem.region_code → dim_region', count(*)
from fct_problem p left join dim_region r using (region_code) where r.region_code is null having count(*) > 0;
