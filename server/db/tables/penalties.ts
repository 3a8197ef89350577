import { boolean, date, index, pgTable, primaryKey, text, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies } from './organisation.ts';
import { band, leniency, partyType } from './enums.ts';
import { timestamps, yuan } from './columns.ts';

/** 行政处罚案件. partyName, partyIdNumber and partyPhone are personal data. */
export const penaltyCases = pgTable('penalty_cases', {
  agencyCode: text().notNull().references(() => agencies.code),
  caseNo: text().notNull(),
  decidedOn: date({ mode: 'string' }).notNull(),
  violationItemCode: text().notNull(),
  partyType: partyType().notNull(),
  partyName: text(),
  partyIdNumber: text(),
  partyPhone: text(),
  band: band().notNull(),
  leniency: leniency().notNull().default('NONE'),
  firstOffence: boolean().notNull().default(false),
  fineYuan: yuan().notNull().default('0'),
  legalReview: boolean().notNull().default(false),
  disclosedOn: date({ mode: 'string' }),
  nonSite: boolean().notNull().default(false),
  enterpriseImpactAssessed: boolean().notNull().default(false),
  /** 全过程记录; null: not known (files may leave it out). */
  fullProcessRecorded: boolean(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.agencyCode, t.caseNo] }),
  index().on(t.decidedOn),
  index().on(t.updatedAt),
  check('penalty_fine', sql`${t.fineYuan} >= 0`),
]);
