import type { RecordKind } from '../../../server/domain/records/index.ts';
import { KIND_TABLES, type TableKind } from '../../../server/db/kinds.ts';
import { cluesLoader } from './clues-loader.ts';
import { filingsLoader } from './filings-loader.ts';
import type { LoaderFactory } from './loader.ts';
import { problemsLoader } from './problems-loader.ts';
import { progressReportsLoader } from './progress-reports-loader.ts';
import { tableLoader } from './table-loader.ts';

const TABLE_LOADERS = Object.fromEntries(
  Object.entries(KIND_TABLES).map(([kind, table]) => [kind, tableLoader(table)]),
) as Record<TableKind, LoaderFactory<any>>;

/** The loader of every record kind (each takes its own kind's record, hence `any` here). */
export const LOADERS: Record<RecordKind, LoaderFactory<any>> = {
  ...TABLE_LOADERS,
  filings: filingsLoader,
  problems: problemsLoader,
  progressReports: progressReportsLoader,
  clues: cluesLoader,
};
