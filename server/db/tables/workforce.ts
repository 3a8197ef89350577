import { check, index, integer, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies } from './organisation.ts';
import { certificateStatus, trainingType } from './enums.ts';
import { score, timestamps } from './columns.ts';

/** 执法人员. name, idNumber and phone are personal data. */
export const officers = pgTable('officers', {
  officerNo: text().primaryKey(),
  name: text().notNull(),
  agencyCode: text().notNull().references(() => agencies.code),
  certificateNo: text(),
  certificateStatus: certificateStatus().notNull().default('VALID'),
  idNumber: text(),
  phone: text(),
  ...timestamps,
}, (t) => [index().on(t.agencyCode)]);

/** Yearly training hours by type (target ≥ 30 BUSINESS + 30 LEGAL). */
export const training = pgTable('training', {
  officerNo: text().notNull().references(() => officers.officerNo),
  year: integer().notNull(),
  type: trainingType().notNull(),
  hours: numeric({ precision: 6, scale: 1 }).notNull(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.officerNo, t.year, t.type] }),
  check('training_hours', sql`${t.hours} >= 0`),
]);

/** Yearly assessment result and online test score (年度考核, 网上能力测试). */
export const officerAssessments = pgTable('officer_assessments', {
  officerNo: text().notNull().references(() => officers.officerNo),
  year: integer().notNull(),
  result: text().notNull(),
  testScore: score(),
  ...timestamps,
}, (t) => [primaryKey({ columns: [t.officerNo, t.year] })]);
