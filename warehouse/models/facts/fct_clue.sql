-- One row per clue transfer (问题线索移送纪检监察) in the year and quarter of its registration (立案),
-- with its agency's region group and the days from registration to transfer (送达移送), null
-- until transferred.
create or replace table fct_clue as
with final as (
  select
    c.clue_code,
    c.agency_code,
    a.region_code,
    a.group_code,
    cast(year(c.registered_on) as integer) as year,
    cast(quarter(c.registered_on) as integer) as quarter,
    c.source,
    c.step,
    c.registered_on,
    c.transferred_on,
    c.feedback_on,
    date_diff('day', c.registered_on, c.transferred_on) as days_to_transfer
  from stg_clues c
  join dim_agency a using (agency_code)
)
select * from final;
