import { check, date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencyKind, agencyLevel, domainCode, regionType } from './enums.ts';
import { timestamps } from './columns.ts';

/** 地区: city → district/zone → township. */
export const regions = pgTable('regions', {
  code: text().primaryKey(),
  name: text().notNull(),
  parentCode: text().references((): any => regions.code),
  type: regionType().notNull(),
  ...timestamps,
}, (t) => [index().on(t.parentCode)]);

/** 行政执法单位, keyed by its 统一社会信用代码. */
export const agencies = pgTable('agencies', {
  code: text().primaryKey(),
  name: text().notNull(),
  regionCode: text().notNull().references(() => regions.code),
  level: agencyLevel().notNull(),
  kind: agencyKind().notNull(),
  domains: domainCode().array().notNull(),
  activeFrom: date({ mode: 'string' }),
  activeTo: date({ mode: 'string' }),
  ...timestamps,
}, (t) => [
  index().on(t.regionCode),
  check('agencies_active_period', sql`${t.activeTo} is null or ${t.activeFrom} is null or ${t.activeFrom} <= ${t.activeTo}`),
  check('agencies_has_domain', sql`cardinality(${t.domains}) > 0`),
]);
