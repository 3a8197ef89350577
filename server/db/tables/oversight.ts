import { boolean, check, index, integer, pgTable, primaryKey, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies, regions } from './organisation.ts';
import { complaintChannel, complaintStatus, respondentGroup } from './enums.ts';
import { score, timestamps } from './columns.ts';

/** 案卷评查: one sampled case file of an agency in a year, scored 0–100. */
export const caseReviews = pgTable('case_reviews', {
  agencyCode: text().notNull().references(() => agencies.code),
  year: integer().notNull(),
  caseNo: text().notNull(),
  reviewer: text(),
  score: score().notNull(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.agencyCode, t.year, t.caseNo] }),
  check('case_reviews_score', sql`${t.score} between 0 and 100`),
]);

/** 社会满意度: one respondent group's survey of a region or an agency in a year. */
export const surveys = pgTable('surveys', {
  id: serial().primaryKey(),
  year: integer().notNull(),
  regionCode: text().references(() => regions.code),
  agencyCode: text().references(() => agencies.code),
  respondentGroup: respondentGroup().notNull(),
  respondents: integer().notNull(),
  score: score().notNull(),
  ...timestamps,
}, (t) => [
  unique('surveys_key').on(t.year, t.regionCode, t.agencyCode, t.respondentGroup).nullsNotDistinct(),
  check('surveys_subject', sql`(${t.regionCode} is null) <> (${t.agencyCode} is null)`),
  check('surveys_respondents', sql`${t.respondents} >= 1`),
  check('surveys_score', sql`${t.score} between 0 and 100`),
]);

/** 投诉举报, keyed by its register number complaintNo. complainantName and complainantPhone are personal data. */
export const complaints = pgTable('complaints', {
  id: serial().primaryKey(),
  complaintNo: text().notNull().unique(),
  channel: complaintChannel().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull(),
  agencyCode: text().notNull().references(() => agencies.code),
  category: text().notNull(),
  status: complaintStatus().notNull().default('RECEIVED'),
  transferredToDiscipline: boolean().notNull().default(false),
  /** When it was closed (RESOLVED or TRANSFERRED). */
  resolvedAt: timestamp({ withTimezone: true }),
  complainantName: text(),
  complainantPhone: text(),
  ...timestamps,
}, (t) => [
  index().on(t.agencyCode),
  index().on(t.receivedAt),
  check('complaints_resolved_after_received', sql`${t.resolvedAt} is null or ${t.resolvedAt} >= ${t.receivedAt}`),
]);

