import type { Services } from '../http/context.ts';
import type { App } from '../app.ts';
import { OPERATOR_VIEWER, type Viewer } from '../auth/viewer.ts';
import { runImport, type ImportOptions } from '../../etl/import/run-import.ts';
import { runEtl } from '../../etl/run.ts';
import { buildEvaluationReport } from '../reports/evaluation-report.ts';
import { buildProgressReport } from '../reports/progress-report.ts';
import type { Level } from '../../warehouse/queries/evaluation.ts';

export interface CommandContext extends Services {
  execute: App['execute'];
}

/**
 * The work a command does with the store, runnable in the command's own process or, when a
 * server owns the embedded store, inside the server: same code, same result either way.
 */
export const storeCommands = {
  import: (ctx: CommandContext, body: { files: string[] } & ImportOptions) =>
    runImport(ctx.store, body.files, { ...body, limits: { xlsxMaxBytes: ctx.config.importXlsxMaxBytes } }),
  etl: (ctx: CommandContext, body: { full?: boolean; waitMs?: number }) =>
    runEtl(ctx.store, { warehousePath: ctx.config.warehousePath, full: body.full, waitMs: body.waitMs, publishUrl: ctx.config.biDatabaseUrl }),
  query: (ctx: CommandContext, body: { query: string; variables?: Record<string, unknown>; viewer: Viewer }) =>
    ctx.execute(body.query, body.variables, body.viewer),
  evaluationReport: (ctx: CommandContext, body: { year: number; level: Level }) =>
    buildEvaluationReport(ctx.warehouse, body.year, body.level),
  progressReport: (ctx: CommandContext, body: { year: number; half: number }) =>
    buildProgressReport({ store: ctx.store, viewer: OPERATOR_VIEWER }, body),
};

export type StoreCommandName = keyof typeof storeCommands;
export type StoreCommandResult<N extends StoreCommandName> = Awaited<ReturnType<(typeof storeCommands)[N]>>;
