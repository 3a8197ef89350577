import { check, date, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { band, domainCode } from './enums.ts';
import { timestamps, yuan } from './columns.ts';

/** 行政处罚自由裁量权基准: one band of one violation item, valid over a period. */
export const standards = pgTable('standards', {
  violationItemCode: text().notNull(),
  band: band().notNull(),
  validFrom: date({ mode: 'string' }).notNull(),
  validTo: date({ mode: 'string' }),
  name: text().notNull(),
  domain: domainCode().notNull(),
  legalBasis: text(),
  minYuan: yuan().notNull(),
  maxYuan: yuan().notNull(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.violationItemCode, t.band, t.validFrom] }),
  check('standards_range', sql`0 <= ${t.minYuan} and ${t.minYuan} <= ${t.maxYuan}`),
  check('standards_period', sql`${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`),
]);
