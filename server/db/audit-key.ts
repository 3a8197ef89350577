import { sql, type SQL } from 'drizzle-orm';
import type { Entity } from '../auth/policy.ts';

type Values = Record<string, unknown>;

/** Records keyed by a period read it as people write it: a filing's quarter, a progress report's half-year. */
const PERIOD_KEYS: Partial<Record<Entity, (v: Values) => string>> = {
  filing: (f) => `${f.agencyCode}/${f.year}/Q${f.quarter}`,
  progressReport: (r) => `${r.unitCode}/${r.taskCode}/${r.year}H${r.half}`,
};

/**
 * How the audit events name a record, the same whether a file or a mutation wrote it: its key
 * values joined by '/', a null one (a survey's other subject) left out, so a survey of an agency
 * is `2023/<agency>/PUBLIC` both ways; a period key as PERIOD_KEYS says. `key` names the key in
 * the naming of `values` (record fields or table properties).
 */
export function auditKey(entity: Entity, key: readonly string[], values: object): string {
  const v = values as Values;
  return PERIOD_KEYS[entity]?.(v) ?? key.map((k) => v[k]).filter((value) => value != null).join('/');
}

/** auditKey in SQL, over the key columns of a row (concat_ws leaves nulls out, as auditKey does), for writes built in the database. */
export function auditKeySql(entity: Entity, keyColumns: SQL[]): SQL {
  if (PERIOD_KEYS[entity]) throw new Error(`${entity}: its audit key reads a period; write its events from Node (auditKey)`);
  return sql`concat_ws('/', ${sql.join(keyColumns.map((c) => sql`${c}::text`), sql`, `)})`;
}
