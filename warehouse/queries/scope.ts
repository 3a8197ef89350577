import { INTEGER, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { ParamTypes, Params } from '../client.ts';
import { appError, ErrorCode } from '../../schema/common/errors.ts';

/** The analytics scope of interfaces.md: empty or absent lists do not restrict. */
export interface Scope {
  years?: number[] | null;
  quarters?: number[] | null;
  regionCodes?: string[] | null;
  agencyCodes?: string[] | null;
  domainCodes?: string[] | null;
}

export const DIMENSIONS = ['REGION', 'AGENCY', 'DOMAIN', 'YEAR', 'QUARTER'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Where a fact keeps the columns a scope and a grouping refer to. */
export interface FactColumns {
  agency?: string;
  /** The record's own region, for "this region and every region under it". */
  region: string;
  /** The district-level region group (see dim_region). */
  group: string;
  year: string;
  /** Absent for yearly facts, which cannot be scoped or grouped by quarter. */
  quarter?: string;
  /** A domain column on the fact itself; without it the agency's domains (dim_agency_domain) apply. */
  domain?: string;
}

/** Parameters accumulate here with their DuckDB types, so every value is bound, never spliced. */
export class Bindings {
  readonly params: Params = {};
  readonly types: ParamTypes = {};
  private n = 0;

  intList(values: number[]): string {
    return this.add(listValue(values), LIST(INTEGER));
  }

  textList(values: string[]): string {
    return this.add(listValue(values), LIST(VARCHAR));
  }

  value(value: string | number, type = typeof value === 'number' ? INTEGER : VARCHAR): string {
    return this.add(value, type);
  }

  private add(value: Params[string], type: ParamTypes[string]): string {
    const name = `p${this.n++}`;
    this.params[name] = value;
    this.types[name] = type;
    return `$${name}`;
  }
}

const given = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;

export function unsupported(field: string, reason: string) {
  return appError(ErrorCode.BAD_USER_INPUT, `${field}: ${reason}`, { problems: [{ field, reason }] });
}

export function validateScope(scope: Scope | null | undefined): Scope {
  const s = scope ?? {};
  const badQuarter = s.quarters?.find((q) => q < 1 || q > 4);
  if (badQuarter !== undefined) {
    throw unsupported('scope.quarters', `${badQuarter} is not a quarter (1–4)`);
  }
  return s;
}

/**
 * SQL conditions selecting the scope on a fact aliased `f`. The domain condition is left out
 * when `domainJoined` (grouping by DOMAIN through the bridge filters the bridge instead).
 */
export function scopeConditions(scope: Scope, columns: FactColumns, b: Bindings, domainJoined: boolean): string[] {
  const where: string[] = [];
  if (given(scope.years)) where.push(`list_contains(${b.intList(scope.years)}, f.${columns.year})`);
  if (given(scope.quarters)) {
    if (!columns.quarter) throw unsupported('scope.quarters', 'this measure is yearly');
    where.push(`list_contains(${b.intList(scope.quarters)}, f.${columns.quarter})`);
  }
  if (given(scope.regionCodes)) {
    where.push(`f.${columns.region} in (select descendant_code from dim_region_closure where list_contains(${b.textList(scope.regionCodes)}, ancestor_code))`);
  }
  if (given(scope.agencyCodes)) {
    if (!columns.agency) throw new Error('this fact has no agency column');
    where.push(`list_contains(${b.textList(scope.agencyCodes)}, f.${columns.agency})`);
  }
  if (given(scope.domainCodes)) {
    const domains = b.textList(scope.domainCodes);
    if (columns.domain) where.push(`list_contains(${domains}, f.${columns.domain})`);
    else if (domainJoined) where.push(`list_contains(${domains}, ad.domain_code)`);
    else where.push(`f.${columns.agency} in (select agency_code from dim_agency_domain where list_contains(${domains}, domain_code))`);
  }
  return where;
}
