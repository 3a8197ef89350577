import type { Warehouse } from '../client.ts';
import { labelFor, warehouseNames } from './labels.ts';
import { PENALTY_COLUMNS } from './penalties.ts';
import { Bindings, scopeConditions, validateScope, type Scope } from './scope.ts';
import { SIGNAL_KINDS, SIGNAL_TITLES, signalId, type SignalKind } from '../../server/domain/signals/signal.rules.ts';

/**
 * The pattern signals of §4.10, one CTE per kind over the year's cases in scope, each giving
 * (kind, agency, month, item, cases, value, baseline) and the condition that picks the
 * signal's cases back out. Thresholds compare integers and decimals, never rounded ratios:
 * "≥ 3 × the median" is 2·cases ≥ 3·(6th + 7th smallest monthly count); "≥ 25 %" is
 * 4·December fines ≥ year fines; "≥ 2 × the mean month" is 6·December cases ≥ year cases;
 * "≥ 80 %" is 5·no-leniency ≥ 4·cases.
 */
const SIGNALS: Record<SignalKind, { sql: string; cases: string }> = {
  CAMPAIGN: {
    sql: `
      monthly as (
        select a.agency_code, m.month, count(c.case_no) as cases
        from (select distinct agency_code from cases) a
        cross join range(1, 13) m(month)
        left join cases c on c.agency_code = a.agency_code and c.month = m.month
        group by all
      ),
      twelve as (select agency_code, list_sort(list(cases)) as counts from monthly group by agency_code),
      sig_campaign as (
        select 'CAMPAIGN' as kind, m.agency_code, cast(m.month as integer) as month, null::varchar as violation_item_code, m.cases,
          cast(m.cases as double) as value, (t.counts[6] + t.counts[7]) / 2 as baseline
        from monthly m join twelve t using (agency_code)
        where m.cases >= 10 and 2 * m.cases >= 3 * (t.counts[6] + t.counts[7])
      )`,
    cases: 'c.month = s.month',
  },
  PROFIT_DRIVEN: {
    sql: `
      sig_profit_driven as (
        select 'PROFIT_DRIVEN' as kind, agency_code, null::integer as month, null::varchar as violation_item_code, count(*) as cases,
          cast(coalesce(sum(fine_yuan) filter (where month = 12), 0) / sum(fine_yuan) as double) as value, 1 / 12 as baseline
        from cases
        group by agency_code
        having count(*) >= 20 and sum(fine_yuan) > 0
          and 4 * coalesce(sum(fine_yuan) filter (where month = 12), 0) >= sum(fine_yuan)
          and 6 * count(*) filter (where month = 12) >= count(*)
      )`,
    cases: 'true',
  },
  ONE_SIZE_FITS_ALL: {
    sql: `
      sig_one_size_fits_all as (
        select 'ONE_SIZE_FITS_ALL' as kind, agency_code, null::integer as month, violation_item_code, count(*) as cases,
          cast(min(fine_yuan) as double) as value, cast(count(distinct band) as double) as baseline
        from cases
        where leniency = 'NONE'
        group by agency_code, violation_item_code
        having count(*) >= 10 and count(distinct band) >= 2 and min(fine_yuan) = max(fine_yuan)
      )`,
    cases: `c.leniency = 'NONE' and c.violation_item_code = s.violation_item_code`,
  },
  MECHANICAL: {
    sql: `
      sig_mechanical as (
        select 'MECHANICAL' as kind, agency_code, null::integer as month, null::varchar as violation_item_code, count(*) as cases,
          count(*) filter (where leniency = 'NONE') / count(*) as value, 0.8 as baseline
        from cases
        where first_offence and band = 'MINOR'
        group by agency_code
        having count(*) >= 10 and 5 * count(*) filter (where leniency = 'NONE') >= 4 * count(*)
      )`,
    cases: `c.first_offence and c.band = 'MINOR'`,
  },
};

interface SignalSqlRow {
  kind: SignalKind;
  agencyCode: string;
  regionCode: string;
  domainCode: string | null;
  month: number | null;
  violationItemCode: string | null;
  cases: number;
  value: number;
  baseline: number;
  caseNos: string[];
}

function signalSql(year: number, scopes: Scope[], kinds: readonly SignalKind[]) {
  const b = new Bindings();
  const where = [`f.year = ${b.value(year)}`, ...scopes.flatMap((s) => scopeConditions(s, PENALTY_COLUMNS, b, false))];
  const cte = (k: SignalKind) => `sig_${k.toLowerCase()}`;
  const picks = kinds.map((k) => `when '${k}' then ${SIGNALS[k].cases}`).join(' ');
  const sql = `
    with cases as (
      select f.agency_code, f.case_no, f.group_code, cast(month(f.decided_on) as integer) as month, f.violation_item_code,
        f.domain_code, f.band, f.leniency, f.first_offence, f.fine_yuan
      from fct_penalty_case f
      where ${where.join(' and ')}
    ),
    ${kinds.map((k) => SIGNALS[k].sql).join(',')},
    signals as (${kinds.map((k) => `select * from ${cte(k)}`).join(' union all ')}),
    final as (
      select s.kind, s.agency_code as "agencyCode", a.group_code as "regionCode", s.month, s.violation_item_code as "violationItemCode",
        s.cases, s.value, cast(s.baseline as double) as baseline, x.case_nos as "caseNos", x.domain_code as "domainCode"
      from signals s
      join dim_agency a using (agency_code)
      cross join lateral (
        select list(c.case_no order by c.case_no) as case_nos, case when count(distinct c.domain_code) = 1 then min(c.domain_code) end as domain_code
        from cases c where c.agency_code = s.agency_code and (case s.kind ${picks} end)
      ) x
    )
    select * from final order by ${kinds.map((k) => `kind = '${k}' desc`).join(', ')}, "agencyCode", month, "violationItemCode"`;
  return { sql, params: b.params, types: b.types };
}

/**
 * Pattern signals (执法突出问题研判, §4.10) of a year: leads for review, each with the cases
 * behind it. `scope` selects the cases (agencies, regions, a case's domain is its violation
 * item's; years and quarters do not apply, the year is given); `bound` is the viewer's own
 * binding (server/auth/analytics-scope.ts), applied on top.
 */
export async function signalRows(warehouse: Warehouse, year: number, scope: Scope | null | undefined, kinds: readonly SignalKind[] | null | undefined, bound: Scope | null) {
  const s = validateScope(scope);
  const wanted = kinds?.length ? SIGNAL_KINDS.filter((k) => kinds.includes(k)) : SIGNAL_KINDS;
  const q = signalSql(year, [{ ...s, years: null, quarters: null }, ...(bound ? [bound] : [])], wanted);
  const [rows, names] = await Promise.all([warehouse.query<SignalSqlRow>(q.sql, q.params, q.types), warehouseNames(warehouse)]);
  return rows.map((r) => {
    const labels = labelFor({ regionCode: r.regionCode, agencyCode: r.agencyCode, domainCode: null, year, quarter: null }, names);
    const title = SIGNAL_TITLES[r.kind];
    const detail = r.month !== null ? [`${r.month}月`, `month ${r.month}`] : r.violationItemCode ? [r.violationItemCode, r.violationItemCode] : [];
    return {
      ...r,
      id: signalId({ ...r, year }),
      year,
      regionName: labels.regionName,
      agencyName: labels.agencyName,
      label: [title.zh, labels.label, detail[0]].filter(Boolean).join(' · '),
      labelEn: [title.en, labels.labelEn, detail[1]].filter(Boolean).join(' · '),
    };
  });
}
