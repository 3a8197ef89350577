/**
 * The analytics aggregates written directly in SQL on the operational PostgreSQL tables: what
 * a user without the warehouse would run. Each computes the same figures as its warehouse
 * query (region groups as in dim_region, accepted filings only, the band in force on the
 * decision date, the status of each problem as of a date) in one statement.
 */
const REGION_GROUPS = `
  paths as (
    select code as region_code, code as ancestor_code, 0 as distance from regions
    union all
    select p.region_code, r.parent_code, p.distance + 1 from paths p join regions r on r.code = p.ancestor_code where r.parent_code is not null
  ),
  region_group as (
    select distinct on (p.region_code) p.region_code, p.ancestor_code as group_code
    from paths p join regions a on a.code = p.ancestor_code
    where a.type in ('DISTRICT', 'ZONE') or p.distance = 0
    order by p.region_code, case when a.type in ('DISTRICT', 'ZONE') then 0 else 1 end, p.distance
  ),
  agency_group as (select a.code as agency_code, g.group_code from agencies a join region_group g on g.region_code = a.region_code)`;

const SUPERVISION_SUMS = `
  quarters as (
    select y as year, q as quarter, make_date(y, q * 3 - 2, 1) as quarter_start,
      (make_date(y, q * 3 - 2, 1) + interval '3 month' - interval '1 day')::date as quarter_end,
      (make_date(y, q * 3 - 2, 1) + interval '3 month 14 day')::date as due_date
    from generate_series(2022, 2024) y, generate_series(1, 4) q
  ),
  due as (
    select a.code as agency_code, q.year, q.quarter from agencies a cross join quarters q
    where (a.active_from is null or a.active_from <= q.quarter_end) and (a.active_to is null or a.active_to >= q.quarter_start)
  ),
  filed as (select f.*, q.due_date from filings f join quarters q using (year, quarter) where f.status = 'ACCEPTED'),
  agency_quarter as (
    select coalesce(d.agency_code, f.agency_code) as agency_code, coalesce(d.year, f.year) as year,
      d.agency_code is not null as is_due,
      d.agency_code is not null and f.agency_code is not null and (f.submitted_at at time zone 'Asia/Shanghai')::date <= f.due_date as on_time,
      f.inspections_planned, least(f.inspections_completed, f.inspections_planned) as completed, f.items_total, f.items_exercised
    from due d full join filed f on f.agency_code = d.agency_code and f.year = d.year and f.quarter = d.quarter
  ),
  supervision as (
    select g.group_code, q.year,
      coalesce(sum(inspections_planned), 0) as planned, coalesce(sum(completed), 0) as completed,
      coalesce(sum(items_total), 0) as items_total, coalesce(sum(items_exercised), 0) as items_exercised,
      count(*) filter (where is_due) as due, count(*) filter (where on_time) as on_time
    from agency_quarter q join agency_group g using (agency_code)
    group by 1, 2
  ),
  supervision_rates as (
    select *, (0.4 * completed::numeric / nullif(planned, 0) + 0.4 * items_exercised::numeric / nullif(items_total, 0) + 0.2 * on_time::numeric / nullif(due, 0)) as supervision_rate
    from supervision
  )`;

/** Mon–Fri days from the Monday 1970-01-05 through a date (as server/domain/rules.ts counts them). */
const weekdaysThrough = (d: string) => `(5 * ((${d} - date '1970-01-05' + 1) / 7) + least((${d} - date '1970-01-05' + 1) % 7, 5))`;

const localDate = (ts: string) => `(${ts} at time zone 'Asia/Shanghai')::date`;

export const POSTGRES_AGGREGATES: Record<string, string> = {
  enforcementCompliance: `with recursive ${REGION_GROUPS},
    filed as (
      select g.group_code, f.year, sum(f.disclosures_due) as disclosures_due, sum(least(f.disclosures_on_time, f.disclosures_due)) as disclosures_on_time,
        sum(f.legal_reviews_required) as legal_reviews_required, sum(least(f.legal_reviews_done, f.legal_reviews_required)) as legal_reviews_done
      from filings f join agency_group g using (agency_code) where f.status = 'ACCEPTED' group by 1, 2
    ),
    cases as (
      select g.group_code, extract(year from c.decided_on)::int as year, count(*) as cases,
        count(*) filter (where c.disclosed_on is not null and ${weekdaysThrough('c.disclosed_on')} - ${weekdaysThrough('c.decided_on')} <= 7) as disclosed_on_time,
        count(*) filter (where c.band in ('SERIOUS', 'SEVERE')) as serious,
        count(*) filter (where c.band in ('SERIOUS', 'SEVERE') and c.legal_review) as serious_reviewed,
        count(*) filter (where c.full_process_recorded is not null) as record_known,
        count(*) filter (where c.full_process_recorded) as fully_recorded,
        count(*) filter (where c.non_site) as non_site,
        count(*) filter (where c.party_type = 'ENTERPRISE') as enterprise,
        count(*) filter (where c.party_type = 'ENTERPRISE' and c.enterprise_impact_assessed) as enterprise_assessed
      from penalty_cases c join agency_group g using (agency_code) group by 1, 2
    )
    select coalesce(f.group_code, c.group_code) as group_code, coalesce(f.year, c.year) as year, f.*, c.*,
      f.disclosures_on_time::float8 / nullif(f.disclosures_due, 0) as disclosure_rate,
      f.legal_reviews_done::float8 / nullif(f.legal_reviews_required, 0) as legal_review_rate,
      c.disclosed_on_time::float8 / nullif(c.cases, 0) as case_disclosure_rate,
      c.serious_reviewed::float8 / nullif(c.serious, 0) as serious_review_rate,
      c.fully_recorded::float8 / nullif(c.record_known, 0) as full_process_rate,
      c.non_site::float8 / nullif(c.cases, 0) as non_site_rate,
      c.enterprise_assessed::float8 / nullif(c.enterprise, 0) as enterprise_impact_rate
    from filed f full join cases c on c.group_code = f.group_code and c.year = f.year order by 1, 2`,

  workforce: `with recursive ${REGION_GROUPS},
    hours as (
      select officer_no, sum(hours) filter (where type = 'BUSINESS') as business, sum(hours) filter (where type = 'LEGAL') as legal
      from training where year = $1::int group by 1
    ),
    certified as (
      select g.group_code, count(*) as certified,
        count(*) filter (where coalesce(h.business, 0) >= 30 and coalesce(h.legal, 0) >= 30) as compliant
      from officers o join agency_group g using (agency_code) left join hours h using (officer_no)
      where o.certificate_status = 'VALID' group by 1
    ),
    enforcement as (
      select g.group_code, sum(f.inspection_count) as inspections, sum(f.penalty_count) as penalties
      from filings f join agency_group g using (agency_code) where f.status = 'ACCEPTED' and f.year = $1::int group by 1
    )
    select o.*, e.inspections, e.penalties, o.compliant::float8 / nullif(o.certified, 0) as compliance_rate,
      e.inspections::float8 / nullif(o.certified, 0) as inspections_per_officer, e.penalties::float8 / nullif(o.certified, 0) as penalties_per_officer
    from certified o left join enforcement e using (group_code) order by 1`,

  complaintHandling: `with recursive ${REGION_GROUPS}
    select g.group_code, extract(year from ${localDate('c.received_at')})::int as year, count(*) as received,
      count(*) filter (where c.status = 'RESOLVED') as resolved, count(*) filter (where c.transferred_to_discipline) as transferred,
      percentile_cont(0.5) within group (order by ${localDate('c.resolved_at')} - ${localDate('c.received_at')}) filter (where c.status = 'RESOLVED') as median_days
    from complaints c join agency_group g using (agency_code) group by 1, 2 order by 1, 2`,

  clueTransfers: `with recursive ${REGION_GROUPS},
    steps as (
      select clue_code, max(step_on) filter (where step = 'REGISTERED') as registered_on,
        max(step_on) filter (where step = 'TRANSFERRED') as transferred_on, max(step_on) filter (where step = 'FEEDBACK') as feedback_on
      from clue_steps group by 1
    )
    select g.group_code, extract(year from s.registered_on)::int as year, count(*) as registered,
      count(s.transferred_on) as transferred, count(s.feedback_on) as with_feedback,
      percentile_cont(0.5) within group (order by s.transferred_on - s.registered_on) filter (where s.transferred_on is not null) as median_days
    from clues c join steps s using (clue_code) join agency_group g using (agency_code) group by 1, 2 order by 1, 2`,

  enforcementSignals: `with recursive ${REGION_GROUPS},
    cases as (
      select agency_code, case_no, extract(month from decided_on)::int as month, violation_item_code, band, leniency, first_offence, fine_yuan
      from penalty_cases where decided_on >= make_date($1::int, 1, 1) and decided_on < make_date($1::int + 1, 1, 1)
    ),
    monthly as (
      select a.agency_code, m.month, count(c.case_no) as cases
      from (select distinct agency_code from cases) a cross join generate_series(1, 12) m(month)
      left join cases c on c.agency_code = a.agency_code and c.month = m.month group by 1, 2
    ),
    twelve as (select agency_code, array_agg(cases order by cases) as counts from monthly group by 1),
    signals as (
      select 'CAMPAIGN' as kind, m.agency_code, m.month, null::text as item, m.cases, m.cases::float8 as value, (t.counts[6] + t.counts[7]) / 2.0 as baseline
      from monthly m join twelve t using (agency_code) where m.cases >= 10 and 2 * m.cases >= 3 * (t.counts[6] + t.counts[7])
      union all
      select 'PROFIT_DRIVEN', agency_code, null, null, count(*), (coalesce(sum(fine_yuan) filter (where month = 12), 0) / sum(fine_yuan))::float8, 1 / 12.0
      from cases group by agency_code
      having count(*) >= 20 and sum(fine_yuan) > 0 and 4 * coalesce(sum(fine_yuan) filter (where month = 12), 0) >= sum(fine_yuan)
        and 6 * count(*) filter (where month = 12) >= count(*)
      union all
      select 'ONE_SIZE_FITS_ALL', agency_code, null, violation_item_code, count(*), min(fine_yuan)::float8, count(distinct band)
      from cases where leniency = 'NONE' group by agency_code, violation_item_code
      having count(*) >= 10 and count(distinct band) >= 2 and min(fine_yuan) = max(fine_yuan)
      union all
      select 'MECHANICAL', agency_code, null, null, count(*), count(*) filter (where leniency = 'NONE')::float8 / count(*), 0.8
      from cases where first_offence and band = 'MINOR' group by agency_code
      having count(*) >= 10 and 5 * count(*) filter (where leniency = 'NONE') >= 4 * count(*)
    )
    select s.*, g.group_code, (
      select array_agg(c.case_no order by c.case_no) from cases c where c.agency_code = s.agency_code and case s.kind
        when 'CAMPAIGN' then c.month = s.month when 'ONE_SIZE_FITS_ALL' then c.leniency = 'NONE' and c.violation_item_code = s.item
        when 'MECHANICAL' then c.first_offence and c.band = 'MINOR' else true end
    ) as case_nos
    from signals s join agency_group g using (agency_code) order by 1, 2, 3, 4`,

  supervisionRates: `with recursive ${REGION_GROUPS}, ${SUPERVISION_SUMS}
    select * from supervision_rates order by 1, 2`,

  penaltyDiscretion: `with recursive ${REGION_GROUPS},
    cases as (
      select c.*, g.group_code, extract(year from c.decided_on)::int as year, s.min_yuan, s.max_yuan
      from penalty_cases c join agency_group g using (agency_code)
      left join lateral (
        select case when s.valid_to is null or s.valid_to >= c.decided_on then s.min_yuan end as min_yuan,
               case when s.valid_to is null or s.valid_to >= c.decided_on then s.max_yuan end as max_yuan
        from standards s where s.violation_item_code = c.violation_item_code and s.band = c.band and s.valid_from <= c.decided_on
        order by s.valid_from desc limit 1
      ) s on true
    )
    select group_code, year, count(*) as cases, sum(fine_yuan) as fines, avg(fine_yuan) as mean_fine,
      percentile_cont(array[0.1, 0.5, 0.9]) within group (order by fine_yuan) as quantiles, min(fine_yuan), max(fine_yuan),
      count(*) filter (where leniency = 'NONE') as no_leniency,
      count(*) filter (where leniency = 'NONE' and min_yuan is not null and (fine_yuan < min_yuan or fine_yuan > max_yuan)) as out_of_band,
      count(*) filter (where leniency <> 'NONE') as leniency,
      count(*) filter (where first_offence and band = 'MINOR') as first_minor,
      count(*) filter (where first_offence and band = 'MINOR' and leniency <> 'NONE') as first_minor_leniency
    from cases group by 1, 2 order by 1, 2`,

  discretionInconsistency: `with recursive ${REGION_GROUPS},
    per_region as (
      select c.violation_item_code, c.band, g.group_code, count(*) as cases, avg(c.fine_yuan) as mean_fine
      from penalty_cases c join agency_group g using (agency_code)
      where c.decided_on >= make_date($1::int, 1, 1) and c.decided_on < make_date($1::int + 1, 1, 1)
      group by 1, 2, 3
    )
    select violation_item_code, band, count(*) filter (where cases >= 5) as regions,
      case when count(*) filter (where cases >= 5) >= 2
        then stddev_pop(mean_fine) filter (where cases >= 5) / nullif(avg(mean_fine) filter (where cases >= 5), 0) end as cv
    from per_region group by 1, 2 order by cv desc nulls last, 1, 2`,

  rectificationProgress: `with recursive ${REGION_GROUPS},
    snapshot as (
      select p.*, coalesce(g.group_code, p.region_code) as group_code,
        coalesce((select case when e.status = 'REOPENED' then 'RECTIFYING' else e.status::text end from problem_events e
          where e.problem_code = p.code and e.status_on <= $1::date order by e.seq desc limit 1), 'IDENTIFIED') as status_at,
        (select min(e.status_on) from problem_events e where e.problem_code = p.code and e.status = 'RECTIFIED' and e.status_on <= $1::date) as first_rectified_on
      from problems p left join region_group g on g.region_code = p.region_code
      where p.identified_on <= $1::date
    )
    select group_code, count(*) as total,
      count(*) filter (where status_at in ('RECTIFIED', 'VERIFIED')) as rectified,
      count(*) filter (where status_at = 'VERIFIED') as verified,
      count(*) filter (where status_at not in ('RECTIFIED', 'VERIFIED') and deadline < $1::date) as overdue,
      percentile_cont(0.5) within group (order by first_rectified_on - identified_on) filter (where status_at in ('RECTIFIED', 'VERIFIED')) as median_days
    from snapshot group by 1 order by 1`,

  evaluationRanking: `with recursive ${REGION_GROUPS}, ${SUPERVISION_SUMS},
    quality as (
      select g.group_code, r.year, avg(r.score) as quality from case_reviews r join agency_group g using (agency_code)
      where r.year in ($1::int, $1::int - 1) group by 1, 2
    ),
    satisfaction as (
      select coalesce(rg.group_code, ag.group_code) as group_code, s.year, sum(s.score * s.respondents) / sum(s.respondents) as satisfaction
      from surveys s left join region_group rg on rg.region_code = s.region_code left join agency_group ag on ag.agency_code = s.agency_code
      where s.year in ($1::int, $1::int - 1) group by 1, 2
    ),
    composite as (
      select q.group_code, q.year, round(0.4 * q.quality + 0.3 * 100 * s.supervision_rate + 0.3 * t.satisfaction, 2) as composite
      from quality q join supervision_rates s using (group_code, year) join satisfaction t using (group_code, year)
    ),
    ranked as (select *, rank() over (partition by year order by composite desc) as rank from composite)
    select c.group_code, c.composite, c.rank, p.rank - c.rank as rank_change
    from ranked c left join ranked p on p.group_code = c.group_code and p.year = c.year - 1
    where c.year = $1::int order by c.rank`,
};

// A what-if ranking is the same statement under other weights (the previous year keeps its own).
const DEFAULT_COMPOSITE_SQL = 'round(0.4 * q.quality + 0.3 * 100 * s.supervision_rate + 0.3 * t.satisfaction, 2)';
if (!POSTGRES_AGGREGATES.evaluationRanking.includes(DEFAULT_COMPOSITE_SQL)) throw new Error('evaluationRanking aggregate: composite not found');
POSTGRES_AGGREGATES['evaluationRanking what-if'] = POSTGRES_AGGREGATES.evaluationRanking.replace(
  DEFAULT_COMPOSITE_SQL,
  'round(case when q.year = $1::int then 0.5 * q.quality + 0.25 * 100 * s.supervision_rate + 0.25 * t.satisfaction else 0.4 * q.quality + 0.3 * 100 * s.supervision_rate + 0.3 * t.satisfaction end, 2)',
);
