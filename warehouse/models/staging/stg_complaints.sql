-- One row per complaint (投诉举报), typed; received_on and resolved_on are calendar dates in the
-- city's time zone. No personal data: the complainant never reaches the raw layer.
create or replace view stg_complaints as
with typed as (
  select
    complaint_no,
    channel,
    cast(received_at as timestamptz) as received_at,
    agency_code,
    status,
    transferred_to_discipline,
    cast(resolved_at as timestamptz) as resolved_at
  from raw_complaints
),
final as (
  select
    *,
    cast(timezone('Asia/Shanghai', received_at) as date) as received_on,
    cast(timezone('Asia/Shanghai', resolved_at) as date) as resolved_on
  from typed
)
select * from final;
