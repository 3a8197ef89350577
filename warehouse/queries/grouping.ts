import type { Params, ParamTypes } from '../client.ts';
import { Bindings, scopeConditions, unsupported, validateScope, type Dimension, type FactColumns, type Scope } from './scope.ts';

/** The group keys every analytics row carries; those not grouped by are null. */
export interface GroupKeyValues {
  regionCode: string | null;
  agencyCode: string | null;
  domainCode: string | null;
  year: number | null;
  quarter: number | null;
}

export interface GroupedQuery {
  sql: string;
  params: Params;
  types: ParamTypes;
}

export const KEY_ALIASES: Record<Dimension, keyof GroupKeyValues> = {
  REGION: 'regionCode',
  AGENCY: 'agencyCode',
  DOMAIN: 'domainCode',
  YEAR: 'year',
  QUARTER: 'quarter',
};

function keyExpression(dimension: Dimension, columns: FactColumns): string {
  switch (dimension) {
    case 'REGION': return `f.${columns.group}`;
    case 'AGENCY': return `f.${columns.agency}`;
    case 'DOMAIN': return columns.domain ? `f.${columns.domain}` : 'ad.domain_code';
    case 'YEAR': return `f.${columns.year}`;
    case 'QUARTER':
      if (!columns.quarter) throw unsupported('groupBy', 'this measure is yearly and cannot be grouped by QUARTER');
      return `f.${columns.quarter}`;
  }
}

/**
 * `select <group keys>, <measures> from <fact> f … where <scope> group by <keys>`: the one shape
 * behind every grouped analytics query. Measures are aggregate SQL over `f`; facts whose
 * domain is the agency's join the agency–domain bridge only when grouping by DOMAIN, so an
 * agency is never counted twice otherwise.
 */
export function groupedQuery(options: {
  from: string;
  columns: FactColumns;
  scope: Scope | null | undefined;
  groupBy: Dimension[];
  measures: string;
  bindings?: Bindings;
  /** Non-aggregated columns selected (and so grouped by) before the group keys. */
  leadingColumns?: string[];
  /** Further conditions over `f`, their values bound through `bindings`. */
  conditions?: string[];
}): GroupedQuery {
  const b = options.bindings ?? new Bindings();
  const scope = validateScope(options.scope);
  const dims = [...new Set(options.groupBy)];
  const bridge = dims.includes('DOMAIN') && !options.columns.domain;
  const keys = dims.map((d) => `${keyExpression(d, options.columns)} as "${KEY_ALIASES[d]}"`);
  const where = [...scopeConditions(scope, options.columns, b, bridge), ...(options.conditions ?? [])];
  const leading = options.leadingColumns ?? [];
  const grouped = leading.length + keys.length;
  const sql = [
    `select ${[...leading, ...keys, options.measures].join(', ')}`,
    `from ${options.from} f`,
    bridge ? 'join dim_agency_domain ad on ad.agency_code = f.' + options.columns.agency : '',
    where.length ? `where ${where.join(' and ')}` : '',
    grouped ? `group by all order by ${Array.from({ length: grouped }, (_, i) => i + 1).join(', ')}` : '',
  ].filter(Boolean).join('\n');
  return { sql, params: b.params, types: b.types };
}

/** Fills the keys not grouped by with null, as the contract asks. */
export function withAllKeys<T extends Partial<GroupKeyValues>>(row: T): T & GroupKeyValues {
  return { regionCode: null, agencyCode: null, domainCode: null, year: null, quarter: null, ...row };
}
