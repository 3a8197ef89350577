import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { runImport } from '../etl/import/run-import.ts';
import { loadConfig } from '../server/config.ts';
import { describeStores } from './helpers/stores.ts';
import { REGIONS, tempDir, writeXlsx } from './fixtures/import/build.ts';

const dir = tempDir();
const ROWS = 40_000;

/** A workbook of ROWS region rows written by exceljs's streaming writer: about 4 MB of sheet XML, well under 1 MB zipped. */
async function largeWorkbook(): Promise<string> {
  const file = path.join(dir, 'large.xlsx');
  if (fs.existsSync(file)) return file;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = writer.addWorksheet('regions');
  sheet.addRow(REGIONS[0]).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow([String(430000 + i), `区${i}`, '420700', 'DISTRICT']).commit();
  await writer.commit();
  return file;
}

/** The same zip with every size its headers declare rewritten to 1 KB: what a zip bomb looks like. */
function understated(file: string): string {
  const bytes = Buffer.from(fs.readFileSync(file));
  for (let i = 0; i + 30 < bytes.length; i++) {
    const signature = bytes.readUInt32LE(i);
    if (signature === 0x02014b50 && bytes.readUInt32LE(i + 24) > 1024) bytes.writeUInt32LE(1024, i + 24);
    if (signature === 0x04034b50 && bytes.readUInt32LE(i + 22) > 1024) bytes.writeUInt32LE(1024, i + 22);
  }
  const out = path.join(dir, 'understated.xlsx');
  fs.writeFileSync(out, bytes);
  return out;
}

describeStores('workbook size limit', (getStore) => {
  const limits = loadConfig({ IMPORT_XLSX_MAX_MB: '1' }).importXlsxMaxBytes;
  const options = () => ({ rejectsDir: path.join(dir, 'rejects'), actor: 'import:test', limits: { xlsxMaxBytes: limits } });
  const regions = async () => (await getStore().query<{ n: number }>(`select count(*)::int as n from regions`))[0].n;

  test('IMPORT_XLSX_MAX_MB sets the limit in bytes', () => {
    expect(limits).toBe(1024 * 1024);
    expect(loadConfig({}).importXlsxMaxBytes).toBe(1024 * 1024 * 1024);
  });

  test('a workbook declaring more than the limit is refused before it is read; a small one next to it loads', async () => {
    const large = await largeWorkbook();
    expect(fs.statSync(large).size).toBeLessThan(limits);
    const small = await writeXlsx(dir, 'small.xlsx', { regions: REGIONS });
    const report = await runImport(getStore(), [large, small], options());
    expect(report.files[0].error).toMatch(/^the workbook declares \d+\.\d MiB uncompressed, over the limit of 1\.0 MiB \(IMPORT_XLSX_MAX_MB\); nothing of it was read/);
    expect(report.files[1]).toMatchObject({ inserted: 3, rejected: 0 });
    expect(await regions()).toBe(3);
  });

  test('a workbook whose headers understate its size is stopped once it decompresses past the limit', async () => {
    const report = await runImport(getStore(), [understated(await largeWorkbook())], options());
    expect(report.files[0].error).toMatch(/^the workbook decompresses to more than the limit of 1\.0 MiB \(IMPORT_XLSX_MAX_MB\); nothing of it was read/);
    expect(await regions()).toBe(3);
  });

  test('a data cell merged into the row above is refused naming the range start', async () => {
    const file = await writeXlsx(dir, 'merged-data.xlsx', { regions: [...REGIONS, ['420799', '测试区', '420700', null]] },
      (wb) => wb.getWorksheet('regions')!.mergeCells('D4:D5'));
    const [report] = (await runImport(getStore(), [file], options())).files;
    expect(report.rejects).toEqual([expect.objectContaining({ row: 4, field: 'type', reason: 'is merged into D4; give the value in every row' })]);
  });
});
