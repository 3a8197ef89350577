/** How large a workbook the import reads, decompressed (IMPORT_XLSX_MAX_MB in server/config.ts). */
export const DEFAULT_XLSX_MAX_MB = 1024;

export interface ImportLimits {
  /** Largest total a workbook's parts may decompress to; larger ones are refused before they are parsed. */
  xlsxMaxBytes: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { xlsxMaxBytes: DEFAULT_XLSX_MAX_MB * 1024 * 1024 };
