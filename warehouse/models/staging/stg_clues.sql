-- One row per clue transfer (问题线索移送纪检监察) with the date of each procedure step it reached.
create or replace view stg_clues as
with steps as (
  select
    clue_code,
    max(cast(step_on as date)) filter (where step = 'REGISTERED') as registered_on,
    max(cast(step_on as date)) filter (where step = 'TRANSFERRED') as transferred_on,
    max(cast(step_on as date)) filter (where step = 'FEEDBACK') as feedback_on
  from raw_clue_steps
  group by clue_code
),
final as (
  select c.clue_code, c.agency_code, c.source, c.step, s.registered_on, s.transferred_on, s.feedback_on
  from raw_clues c
  left join steps s using (clue_code)
)
select * from final;
