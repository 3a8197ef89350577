-- One row per complaint (投诉举报) in the quarter it was received, with its agency's region
-- group. Resolved means closed as RESOLVED; days_to_resolution counts calendar days (Asia/Shanghai)
-- from receipt to resolution, null while unresolved.
create or replace table fct_complaint as
with final as (
  select
    c.complaint_no,
    c.agency_code,
    a.region_code,
    a.group_code,
    cast(year(c.received_on) as integer) as year,
    cast(quarter(c.received_on) as integer) as quarter,
    c.channel,
    c.status,
    c.received_on,
    c.resolved_on,
    c.status = 'RESOLVED' as resolved,
    c.transferred_to_discipline as transferred,
    c.status not in ('RESOLVED', 'TRANSFERRED') as open,
    case when c.status = 'RESOLVED' then date_diff('day', c.received_on, c.resolved_on) end as days_to_resolution
  from stg_complaints c
  join dim_agency a using (agency_code)
)
select * from final;
