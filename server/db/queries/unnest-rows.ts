import { sql, type SQL } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn } from 'drizzle-orm/pg-core';

export type Row = Record<string, unknown>;

const quoteElement = (v: unknown) => (v === null ? 'NULL' : `"${String(v).replace(/["\\]/g, '\\$&')}"`);

/** A value in the text form PostgreSQL casts back to the column type ('{A,B}' for arrays). */
export function pgText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(quoteElement).join(',')}}`;
  return String(value);
}

export const identifier = (property: string) => sql.identifier(toSnakeCase(property));

/**
 * `select u.a::type, … from unnest($1::text[], …) as u(a, …)`: the rows travel as one text array
 * per column. The statement stays the same size whatever the row count, so there is no bind
 * parameter limit to mind and the SQL is built once per chunk instead of once per value.
 */
export function unnestRows(columns: Record<string, PgColumn>, properties: readonly string[], rows: Row[], value = (r: Row, p: string) => r[p]): SQL {
  const arrays = properties.map((p) => sql`${sql.param(rows.map((r) => pgText(value(r, p))))}::text[]`);
  const casts = properties.map((p) => sql`u.${identifier(p)}::${sql.raw(columns[p].getSQLType())}`);
  const names = properties.map(identifier);
  return sql`select ${sql.join(casts, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.join(names, sql`, `)})`;
}

/** `"agency_code" as "agencyCode", …`: raw rows come back keyed by property name. */
export function returningAll(columns: Record<string, PgColumn>): SQL {
  return sql.join(Object.keys(columns).map((p) => sql`${identifier(p)} as ${sql.identifier(p)}`), sql`, `);
}

/** Converts a raw row (strings for dates, timestamps, enum arrays) as drizzle's own selects would. */
export function fromDriver(columns: Record<string, PgColumn>, raw: Row): Row {
  return Object.fromEntries(Object.entries(columns).map(([p, c]) => [p, raw[p] === null ? null : c.mapFromDriverValue(raw[p])]));
}
