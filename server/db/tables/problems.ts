import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { agencies, regions } from './organisation.ts';
import { domainCode, problemCategory, problemSource, problemStatus } from './enums.ts';
import { timestamps } from './columns.ts';

/** 突出问题清单 item; status is the latest of its events. */
export const problems = pgTable('problems', {
  code: text().primaryKey(),
  regionCode: text().notNull().references(() => regions.code),
  agencyCode: text().references(() => agencies.code),
  domain: domainCode().notNull(),
  category: problemCategory().notNull(),
  description: text().notNull(),
  source: problemSource().notNull(),
  identifiedOn: date({ mode: 'string' }).notNull(),
  deadline: date({ mode: 'string' }).notNull(),
  status: problemStatus().notNull(),
  /** The pattern signal (执法突出问题研判, its SignalRow id) the problem was raised from, if any: one problem per signal. */
  sourceSignal: text(),
  ...timestamps,
}, (t) => [index().on(t.regionCode), index().on(t.agencyCode), uniqueIndex().on(t.sourceSignal)]);

/** Append-only status history of a problem (对账销号). */
export const problemEvents = pgTable('problem_events', {
  problemCode: text().notNull().references(() => problems.code),
  seq: integer().notNull(),
  status: problemStatus().notNull(),
  statusOn: date({ mode: 'string' }).notNull(),
  note: text(),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  ...timestamps,
}, (t) => [primaryKey({ columns: [t.problemCode, t.seq] })]);
