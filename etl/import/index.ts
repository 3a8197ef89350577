/** File import (files → operational store): the API the CLI and other callers use. */
export { runImport, defaultActor, type ImportOptions, type ImportProgress, type ImportReport, type FileReport } from './run-import.ts';
export { describeReject, ROW_CONVENTION, type Reject } from './reject.ts';
export type { RejectsPaths } from './rejects-report.ts';
