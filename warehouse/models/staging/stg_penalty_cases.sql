-- One row per penalty case (行政处罚案件), typed; no personal data reaches the warehouse.
create or replace view stg_penalty_cases as
with final as (
  select
    agency_code,
    case_no,
    cast(decided_on as date) as decided_on,
    violation_item_code,
    party_type,
    band,
    leniency,
    first_offence,
    cast(fine_yuan as decimal(14, 2)) as fine_yuan,
    legal_review,
    try_cast(disclosed_on as date) as disclosed_on,
    non_site,
    enterprise_impact_assessed,
    full_process_recorded
  from raw_penalty_cases
)
select * from final;
