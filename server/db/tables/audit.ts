import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** 全程留痕: every change to any record. A trigger refuses UPDATE and DELETE. */
export const auditEvents = pgTable('audit_events', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  actor: text().notNull(),
  action: text().notNull(),
  entity: text().notNull(),
  entityKey: text().notNull(),
  before: jsonb(),
  after: jsonb(),
}, (t) => [index().on(t.entity, t.entityKey), index().on(t.at)]);
