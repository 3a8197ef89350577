import { arrayOverlaps, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { regionClosure } from '../../../auth/owners.ts';
import type { Scope } from '../../../../warehouse/queries/scope.ts';

const given = <T>(list: readonly T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;

/** Where the operational rows behind a kind of warning keep what a scope selects on. */
export interface ScopedColumns {
  region: PgColumn | SQL;
  agency: PgColumn;
  /** A single domain column, or an array of domains (an agency's). */
  domain: PgColumn;
  domainIsArray: boolean;
}

/**
 * The scope's regions (each with every region under it), agencies and domains as SQL over the
 * given columns, as the warehouse's scopeConditions applies them; years and quarters are the
 * caller's, as each kind of warning reads them differently.
 */
export function scopeWhere(scope: Scope, columns: ScopedColumns): SQL[] {
  const where: SQL[] = [];
  if (given(scope.regionCodes)) where.push(or(...scope.regionCodes.map((code) => sql`${columns.region} in ${regionClosure(code)}`))!);
  if (given(scope.agencyCodes)) where.push(inArray(columns.agency, scope.agencyCodes));
  if (given(scope.domainCodes)) {
    where.push(columns.domainIsArray ? arrayOverlaps(columns.domain, scope.domainCodes) : inArray(columns.domain, scope.domainCodes));
  }
  return where;
}

/** Whether a year (or quarter) passes the scope's list: an empty or absent list passes everything. */
export const inList = (list: readonly number[] | null | undefined, value: number) => !given(list) || list.includes(value);
