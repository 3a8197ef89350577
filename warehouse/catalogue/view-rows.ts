import type { Warehouse } from '../client.ts';
import { groupedQuery, KEY_ALIASES, withAllKeys, type GroupKeyValues } from '../queries/grouping.ts';
import { labelFor, warehouseNames, type Labels } from '../queries/labels.ts';
import { Bindings, scopeConditions, validateScope, type Dimension, type Scope } from '../queries/scope.ts';
import type { FactInfo, Measure } from './measure.ts';
import { rateOf } from './rate.ts';
import { selectList } from './select-list.ts';
import type { View, ViewValues } from './view.ts';

export type ViewRow<V extends View> = GroupKeyValues & Labels & ViewValues<V>;

function measuresByFact(measures: readonly Measure[]): Map<FactInfo, Measure[]> {
  const byFact = new Map<FactInfo, Measure[]>();
  for (const m of measures) byFact.set(m.fact, [...(byFact.get(m.fact) ?? []), m]);
  return byFact;
}

/** What narrows or splits a view's rows beyond the scope and the dimensions. */
export interface ViewOptions {
  /** The viewer's own binding (server/auth/analytics-scope.ts), applied on top of the scope. */
  bound?: Scope | null;
  /** Text columns of the view's facts to select on; an absent or empty list does not restrict. */
  filters?: { column: string; values: readonly string[] | null | undefined }[];
  /** Columns of the view's facts grouped by besides the dimensions, each served under its alias. */
  extraKeys?: { column: string; alias: string }[];
}

const keyOf = (row: Record<string, unknown>, extra: string[]) =>
  [row.regionCode, row.agencyCode, row.domainCode, row.year, row.quarter, ...extra.map((k) => row[k])].join('|');

function compareBy(keys: string[]) {
  return (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const k of keys) {
      const x = (a[k] ?? '') as string | number;
      const y = (b[k] ?? '') as string | number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/**
 * The rows of a view: one grouped query per fact its measures come from, joined on the group
 * keys, then every rate of the view from the group's sums. A fact without a row for a group
 * adds zeros (null for a mean).
 */
export async function viewRows<V extends View>(
  warehouse: Warehouse, view: V, scope: Scope | null | undefined, groupBy: Dimension[], options: ViewOptions = {},
): Promise<ViewRow<V>[]> {
  const extra = (options.extraKeys ?? []).map((k) => k.alias);
  const parts = [...measuresByFact(view.measures)].map(([fact, measures]) => {
    const b = new Bindings();
    const conditions = [
      ...(options.bound ? scopeConditions(validateScope(options.bound), fact.columns, b, false) : []),
      ...(options.filters ?? []).filter((f) => f.values?.length).map((f) => `list_contains(${b.textList([...f.values!])}, f.${f.column})`),
    ];
    const leadingColumns = (options.extraKeys ?? []).map((k) => `f.${k.column} as "${k.alias}"`);
    return { fact, query: groupedQuery({ from: fact.table, columns: fact.columns, scope, groupBy, measures: selectList(measures), bindings: b, conditions, leadingColumns }) };
  });
  const [names, ...results] = await Promise.all([
    warehouseNames(warehouse),
    ...parts.map(({ query }) => warehouse.query<Partial<GroupKeyValues> & Record<string, unknown>>(query.sql, query.params, query.types)),
  ]);
  // The driving fact's groups come first; the other facts then only join onto them.
  const drives = (fact: FactInfo) => fact.name === view.rowsFrom?.name;
  const order = parts.map((_, i) => i).sort((i, j) => Number(drives(parts[j].fact)) - Number(drives(parts[i].fact)));
  const groups = new Map<string, GroupKeyValues & Record<string, unknown>>();
  for (const i of order) {
    const joinOnly = view.rowsFrom !== undefined && !drives(parts[i].fact);
    for (const row of results[i]) {
      const keyed = withAllKeys(row);
      const known = groups.get(keyOf(keyed, extra));
      if (known) Object.assign(known, keyed);
      else if (!joinOnly) groups.set(keyOf(keyed, extra), { ...keyed });
    }
  }
  return finish(view, [...groups.values()], groupBy, extra, names);
}

function finish<V extends View>(
  view: V, rows: (GroupKeyValues & Record<string, unknown>)[], groupBy: Dimension[], extra: string[], names: Awaited<ReturnType<typeof warehouseNames>>,
): ViewRow<V>[] {
  const keys = [...[...new Set(groupBy)].map((d) => KEY_ALIASES[d] as string), ...extra];
  return rows.sort(compareBy(keys)).map((row) => {
    for (const m of view.measures) if (row[m.name] === undefined) row[m.name] = m.nullable ? null : 0;
    for (const r of view.rates) row[r.name] = rateOf(r, row);
    return { ...row, ...labelFor(row, names) } as ViewRow<V>;
  });
}
