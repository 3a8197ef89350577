-- Data test: no model has a null key or a null group. Returns one row per offending model.
select 'dim_agency.group_code' as model, count(*) as n from dim_agency where group_code is null having count(*) > 0
union all
select 'fct_agency_quarter keys', count(*) from fct_agency_quarter
where agency_code is null or year is null or quarter is null having count(*) > 0
union all
select 'fct_penalty_case keys', count(*) from fct_penalty_case
where agency_code is null or case_no is null or decided_on is null or fine_yuan is null having count(*) > 0
union all
select 'fct_problem keys', count(*) from fct_problem where problem_code is null or identified_on is null having count(*) > 0
union all
select 'fct_complaint keys', count(*) from fct_complaint where complaint_no is null or year is null having count(*) > 0
union all
select 'fct_clue keys', count(*) from fct_clue where clue_code is null or year is null having count(*) > 0;
