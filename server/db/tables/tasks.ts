import { check, date, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { progressStatus, taskPhase } from './enums.ts';
import { timestamps } from './columns.ts';

/** 任务清单 item (the plan's 附件2). leadUnit (牵头单位) is an agency or region code or a name, so it is no reference. */
export const tasks = pgTable('tasks', {
  taskCode: text().primaryKey(),
  title: text().notNull(),
  section: text(),
  leadUnit: text(),
  phase: taskPhase().notNull(),
  deadline: date({ mode: 'string' }),
  ...timestamps,
});

/**
 * 工作情况报送: one reporting unit × task × half-year. unitCode names an agency or a region
 * (checked on every write, as no single foreign key can); a resubmission replaces the report.
 */
export const progressReports = pgTable('progress_reports', {
  unitCode: text().notNull(),
  taskCode: text().notNull().references(() => tasks.taskCode),
  year: integer().notNull(),
  half: integer().notNull(),
  progress: integer().notNull(),
  status: progressStatus().notNull(),
  summary: text(),
  submittedAt: timestamp({ withTimezone: true }).notNull(),
  ...timestamps,
}, (t) => [
  primaryKey({ columns: [t.unitCode, t.taskCode, t.year, t.half] }),
  index().on(t.taskCode, t.year, t.half),
  check('progress_reports_half', sql`${t.half} in (1, 2)`),
  check('progress_reports_progress', sql`${t.progress} between 0 and 100`),
]);
