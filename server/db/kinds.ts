import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Entity } from '../auth/policy.ts';
import type { RecordRules } from '../domain/records/record.ts';
import { agencyRules } from '../domain/records/agencies.ts';
import { assessmentRules } from '../domain/records/assessments.ts';
import { complaintRules } from '../domain/records/complaints.ts';
import { officerRules } from '../domain/records/officers.ts';
import { penaltyRules } from '../domain/records/penalties.ts';
import { powerItemRules } from '../domain/records/power-items.ts';
import { regionRules } from '../domain/records/regions.ts';
import { reviewRules } from '../domain/records/reviews.ts';
import { standardRules } from '../domain/records/standards.ts';
import { surveyRules } from '../domain/records/surveys.ts';
import { taskRules } from '../domain/records/tasks.ts';
import { trainingRules } from '../domain/records/training.ts';
import { tableReferences, targetOfColumn, type Reference } from './references.ts';
import * as t from './tables/index.ts';

/**
 * A record kind stored one record to one row of one table. The file import's table loader and
 * the record mutations both work from it: the key is the record rules' key, the references are
 * the table's foreign keys, the audit entity and key follow.
 */
export interface KindTable<R extends object = object, T extends PgTable = PgTable> {
  rules: RecordRules<R>;
  table: T;
  /** Audit entity and policy name, shared by import and mutations. */
  entity: Entity;
  /** Record fields the table stores under another property (a region's regionCode is its code). */
  renames?: Readonly<{ [F in keyof R & string]?: keyof T['$inferSelect'] & string }>;
}

const kind = <R extends object, T extends PgTable>(k: KindTable<R, T>): KindTable<R, T> => k;

/** Kinds that map one record to one table row; filings, problems, progress reports and clues have loaders of their own. */
export const KIND_TABLES = {
  regions: kind({ rules: regionRules, table: t.regions, entity: 'region', renames: { regionCode: 'code' } }),
  agencies: kind({ rules: agencyRules, table: t.agencies, entity: 'agency', renames: { agencyCode: 'code' } }),
  powerItems: kind({ rules: powerItemRules, table: t.powerItems, entity: 'powerItem' }),
  standards: kind({ rules: standardRules, table: t.standards, entity: 'standard' }),
  officers: kind({ rules: officerRules, table: t.officers, entity: 'officer' }),
  training: kind({ rules: trainingRules, table: t.training, entity: 'training' }),
  assessments: kind({ rules: assessmentRules, table: t.officerAssessments, entity: 'assessment' }),
  penalties: kind({ rules: penaltyRules, table: t.penaltyCases, entity: 'penaltyCase' }),
  reviews: kind({ rules: reviewRules, table: t.caseReviews, entity: 'caseReview' }),
  surveys: kind({ rules: surveyRules, table: t.surveys, entity: 'survey' }),
  complaints: kind({ rules: complaintRules, table: t.complaints, entity: 'complaint' }),
  tasks: kind({ rules: taskRules, table: t.tasks, entity: 'task' }),
};
export type TableKind = keyof typeof KIND_TABLES;

/** Any kind of the registry (each of its own record type). */
export type AnyKind = KindTable<any, PgTable>;

/** The table property a record field is stored in (see `renames`). */
export const storedProperty = (k: AnyKind, field: string): string => (k.renames as Record<string, string> | undefined)?.[field] ?? field;

/** The key columns, as table properties. */
export const kindKey = (k: AnyKind): string[] => k.rules.key.map((f) => storedProperty(k, f));

/** The key column of each key field, in the rules' order. */
export const kindKeyColumns = (k: AnyKind): Array<{ field: string; column: PgColumn }> => {
  const columns = getTableColumns(k.table) as Record<string, PgColumn>;
  return k.rules.key.map((field) => ({ field, column: columns[storedProperty(k, field)]! }));
};

/** The table row of a record: its fields, under the table's property names (a plain loop: the import calls it for every row). */
export function kindRow(k: AnyKind, record: object): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of Object.keys(record)) row[storedProperty(k, field)] = (record as Record<string, unknown>)[field];
  return row;
}

/** The references of a kind's records (record field names), from its table's foreign keys. */
export function kindReferences(k: AnyKind): Reference[] {
  const fieldOf = Object.fromEntries(Object.entries(k.renames ?? {}).map(([field, property]) => [property, field]));
  return tableReferences(k.table).map((r) => ({ ...r, field: fieldOf[r.field] ?? r.field }));
}

/** The code each record makes known to the rows after it: a kind keyed by a target's code (a region, an agency, …). */
export function kindProvides(k: AnyKind): Reference | undefined {
  const [key, ...rest] = kindKeyColumns(k);
  const target = rest.length ? undefined : targetOfColumn(key.column);
  return target && { field: key.field, target };
}
