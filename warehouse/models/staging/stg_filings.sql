-- One row per accepted quarterly filing (agency × quarter), typed; submitted_on is the
-- submission date in the city's time zone, which decides timeliness.
create or replace view stg_filings as
with typed as (
  select
    * exclude (submitted_at, fines_total_yuan),
    cast(submitted_at as timestamptz) as submitted_at,
    cast(fines_total_yuan as decimal(14, 2)) as fines_total_yuan
  from raw_filings
),
final as (
  select
    *,
    cast(timezone('Asia/Shanghai', submitted_at) as date) as submitted_on
  from typed
)
select * from final;
