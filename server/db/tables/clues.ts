import { check, date, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { agencies } from './organisation.ts';
import { complaints } from './oversight.ts';
import { problems } from './problems.ts';
import { clueSource, clueStep } from './enums.ts';
import { timestamps } from './columns.ts';

/** 问题线索移送纪检监察: a lead about an agency, from a complaint, a problem or supervision; step is its latest. */
export const clues = pgTable('clues', {
  clueCode: text().primaryKey(),
  agencyCode: text().notNull().references(() => agencies.code),
  source: clueSource().notNull(),
  complaintNo: text().references(() => complaints.complaintNo),
  problemCode: text().references(() => problems.code),
  summary: text().notNull(),
  step: clueStep().notNull(),
  ...timestamps,
}, (t) => [
  index().on(t.agencyCode),
  check('clues_source_record', sql`(${t.complaintNo} is not null) = (${t.source} = 'COMPLAINT') and (${t.problemCode} is not null) = (${t.source} = 'PROBLEM')`),
]);

/** The append-only procedure of a clue, one row per step; TRANSFERRED names the organ and document, FEEDBACK the outcome. */
export const clueSteps = pgTable('clue_steps', {
  clueCode: text().notNull().references(() => clues.clueCode),
  step: clueStep().notNull(),
  stepOn: date({ mode: 'string' }).notNull(),
  receivingOrgan: text(),
  documentNo: text(),
  outcome: text(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.clueCode, t.step] }),
  check('clue_steps_transfer', sql`(${t.step} = 'TRANSFERRED') = (${t.receivingOrgan} is not null and ${t.documentNo} is not null)`),
  check('clue_steps_feedback', sql`(${t.step} = 'FEEDBACK') = (${t.outcome} is not null)`),
]);
