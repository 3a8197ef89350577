import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { agencies } from './organisation.ts';
import { domainCode } from './enums.ts';
import { timestamps } from './columns.ts';

/** 行政执法事项 (权责清单): the enforcement items an agency holds. */
export const powerItems = pgTable('power_items', {
  agencyCode: text().notNull().references(() => agencies.code),
  itemCode: text().notNull(),
  name: text().notNull(),
  domain: domainCode().notNull(),
  actionType: text().notNull(),
  ...timestamps,
}, (t) => [primaryKey({ columns: [t.agencyCode, t.itemCode] }), index().on(t.domain)]);
