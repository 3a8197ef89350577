-- Data test: every numerator stays within its denominator, so every rate lies in 0–1.
select 'inspections completed (capped) ≤ planned' as rule, count(*) as n
from fct_agency_quarter where inspections_completed_capped > inspections_planned having count(*) > 0
union all
select 'items exercised ≤ items total', count(*)
from fct_agency_quarter where items_exercised > items_total having count(*) > 0
union all
select 'filed on time only when due', count(*)
from fct_agency_quarter where filed_on_time and not is_due having count(*) > 0
union all
select 'out of band only without leniency and with a standard', count(*)
from fct_penalty_case where out_of_band and (leniency <> 'NONE' or not has_standard) having count(*) > 0
union all
select 'review scores within 0–100', count(*) from fct_case_review where score < 0 or score > 100 having count(*) > 0
union all
select 'survey scores within 0–100 and respondents ≥ 1', count(*)
from fct_survey where score < 0 or score > 100 or respondents < 1 having count(*) > 0;
