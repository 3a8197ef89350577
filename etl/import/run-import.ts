import os from 'node:os';
import { RECORD_KINDS, isRecordKind, type RecordKind } from '../../server/domain/records/index.ts';
import type { Store } from '../../server/db/client.ts';
import { mapColumns, type ColumnMap } from './columns.ts';
import { FileError } from './file-error.ts';
import { loadSource } from './load-source.ts';
import type { Reject } from './reject.ts';
import { writeRejectsReport, type RejectsPaths } from './rejects-report.ts';
import { openFile } from './sources/open-file.ts';
import type { ImportLimits } from './limits.ts';
import type { ImportSource } from './sources/source.ts';

export interface ImportProgress {
  file: string;
  sheet?: string;
  kind: RecordKind;
  rowsRead: number;
  /** Share of the source read, 0–1. */
  fraction: number;
}

export interface ImportOptions {
  /** Filings become ACCEPTED (reviewed now by the actor) instead of SUBMITTED. */
  accept?: boolean;
  /** The kind of every file whose kind is not given by a sheet name; otherwise read from the header. */
  kind?: string;
  /** Who the audit log names; default `import:<OS user>`. */
  actor?: string;
  rejectsDir: string;
  onProgress?: (progress: ImportProgress) => void;
  /** The instant of the import (tests pin it). */
  now?: Date;
  /** Size limits on what a file may decompress to (server/config.ts); default DEFAULT_IMPORT_LIMITS. */
  limits?: ImportLimits;
}

/** The outcome of one file, or of one sheet of a workbook. */
export interface FileReport {
  file: string;
  sheet?: string;
  kind?: RecordKind;
  /** Header columns that are not fields of the kind, so were not loaded. */
  ignoredColumns?: string[];
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows refused (a row refused for several reasons counts once). */
  rejected: number;
  rejects: Reject[];
  rejectsReport?: RejectsPaths;
  /** Set when the whole file was refused; nothing of it was loaded. */
  error?: string;
}

export interface ImportReport {
  files: FileReport[];
  /** True when any row or file was refused (the CLI exits with 3). */
  refused: boolean;
}

interface PlannedSource {
  source: ImportSource;
  columns: ColumnMap;
}

const EMPTY = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, rejects: [] };

export function defaultActor(): string {
  try {
    return `import:${os.userInfo().username}`;
  } catch {
    return 'import:unknown';
  }
}

/**
 * Loads files into the operational store: each file (each sheet of a workbook) in its own
 * transaction, all of them in dependency order (regions before agencies before filings …)
 * whatever the order given, so that later files can refer to what earlier ones load.
 */
export async function runImport(store: Store, files: string[], options: ImportOptions): Promise<ImportReport> {
  if (options.kind !== undefined && !isRecordKind(options.kind)) {
    throw new Error(`unknown kind '${options.kind}'; one of ${RECORD_KINDS.join(', ')}`);
  }
  const kindOption = options.kind as RecordKind | undefined;
  const now = options.now ?? new Date();
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const reports: FileReport[] = [];
  const planned: PlannedSource[] = [];
  for (const file of files) {
    try {
      for (const source of await openFile(file, options.limits)) {
        try {
          planned.push({ source, columns: mapColumns(source.headers, source.kindHint ?? kindOption) });
        } catch (err) {
          reports.push({ file, sheet: source.sheet, ...EMPTY, error: messageOf(err) });
        }
      }
    } catch (err) {
      reports.push({ file, ...EMPTY, error: messageOf(err) });
    }
  }
  planned.sort((a, b) => RECORD_KINDS.indexOf(a.columns.kind) - RECORD_KINDS.indexOf(b.columns.kind));
  for (const { source, columns } of planned) {
    reports.push(await loadPlanned(store, source, columns, { ...options, now }));
  }
  for (const report of reports) {
    if (report.error || report.rejects.length) {
      report.rejectsReport = await writeRejectsReport(options.rejectsDir, stamp, report);
    }
  }
  return { files: reports, refused: reports.some((r) => r.error || r.rejected > 0) };
}

async function loadPlanned(store: Store, source: ImportSource, columns: ColumnMap, options: ImportOptions & { now: Date }): Promise<FileReport> {
  const where = { file: source.file, sheet: source.sheet, kind: columns.kind, ignoredColumns: columns.ignored };
  const progress = (rowsRead: number) => options.onProgress?.({ ...where, rowsRead, fraction: source.fractionRead() });
  try {
    const outcome = await loadSource(store, source, columns, {
      actor: options.actor ?? defaultActor(),
      accept: options.accept ?? false,
      now: options.now,
      onRows: progress,
    });
    return { ...where, ...outcome, rejected: new Set(outcome.rejects.map((r) => r.row)).size };
  } catch (err) {
    return { ...where, ...EMPTY, error: messageOf(err) };
  }
}

/** File errors are the user's to fix; anything else (a database error) is reported with its cause. */
function messageOf(err: unknown): string {
  if (err instanceof FileError) return err.message;
  const e = err as Error & { cause?: Error };
  return `could not load: ${e.cause?.message ?? e.message}`;
}
