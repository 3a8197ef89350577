import { check, integer, pgTable, primaryKey, text, timestamp, index } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies } from './organisation.ts';
import { filingStatus } from './enums.ts';
import { timestamps, yuan } from './columns.ts';

const count = () => integer().notNull().default(0);

/** The figures of one quarterly filing (行政执法案件统计信息); shared with the GraphQL input. */
export const FILING_COUNT_FIELDS = [
  'licensingCount', 'penaltyCount', 'compulsionCount', 'inspectionCount', 'levyCount',
  'confirmationCount', 'paymentCount', 'awardCount', 'rulingCount', 'otherCount',
  'inspectionsPlanned', 'inspectionsCompleted', 'itemsTotal', 'itemsExercised',
  'legalReviewsRequired', 'legalReviewsDone', 'disclosuresDue', 'disclosuresOnTime',
  'reconsiderations', 'reconsiderationsOverturned', 'litigations', 'litigationsLost',
  'complaintsReceived', 'complaintsResolved', 'nonSiteCases',
] as const;
export type FilingCountField = (typeof FILING_COUNT_FIELDS)[number];

/** 季度备案: one agency × one quarter; a resubmission replaces the figures in place. */
export const filings = pgTable('filings', {
  agencyCode: text().notNull().references(() => agencies.code),
  year: integer().notNull(),
  quarter: integer().notNull(),
  status: filingStatus().notNull().default('DRAFT'),
  returnReason: text(),
  submittedAt: timestamp({ withTimezone: true }),
  reviewedAt: timestamp({ withTimezone: true }),
  reviewedBy: text(),
  licensingCount: count(),
  penaltyCount: count(),
  compulsionCount: count(),
  inspectionCount: count(),
  levyCount: count(),
  confirmationCount: count(),
  paymentCount: count(),
  awardCount: count(),
  rulingCount: count(),
  otherCount: count(),
  finesTotalYuan: yuan().notNull().default('0'),
  inspectionsPlanned: count(),
  inspectionsCompleted: count(),
  itemsTotal: count(),
  itemsExercised: count(),
  legalReviewsRequired: count(),
  legalReviewsDone: count(),
  disclosuresDue: count(),
  disclosuresOnTime: count(),
  reconsiderations: count(),
  reconsiderationsOverturned: count(),
  litigations: count(),
  litigationsLost: count(),
  complaintsReceived: count(),
  complaintsResolved: count(),
  nonSiteCases: count(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.agencyCode, t.year, t.quarter] }),
  index().on(t.year, t.quarter),
  check('filings_quarter', sql`${t.quarter} between 1 and 4`),
  check('filings_items', sql`${t.itemsExercised} <= ${t.itemsTotal}`),
  check('filings_non_negative', sql.raw(
    FILING_COUNT_FIELDS.map((f) => `"${f.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}" >= 0`).join(' and '),
  )),
]);
