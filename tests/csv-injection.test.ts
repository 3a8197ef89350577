import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvCell, FORMULA_TRIGGERS } from '../server/csv/csv-cell.ts';
import { runImport } from '../etl/import/run-import.ts';
import { buildEvaluationReport } from '../server/reports/evaluation-report.ts';
import { renderCsv, writeXlsx } from '../server/reports/document.ts';
import { evaluationDocument } from '../server/reports/evaluation-document.ts';
import { exportMarts } from '../warehouse/export.ts';
import { describeWithCity } from './helpers/warehouse.ts';

const FORMULA = '=HYPERLINK("http://evil.example/x","点击查看")';
const AGENCY = '11420700MB0000001B';
const METRIC_FILES = ['regions', 'agencies', 'standards', 'officers', 'training', 'filings', 'penalties', 'problems', 'reviews', 'surveys']
  .map((k) => `metrics/${k}.csv`);

const rowsOf = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true });

describe('csv cells', () => {
  test('text starting with = + - @ tab or CR is prefixed with a quote and quoted; numbers and other text are as written', () => {
    for (const trigger of FORMULA_TRIGGERS) {
      const cell = csvCell(`${trigger}1+1`);
      expect(cell).toBe(`"'${trigger}1+1"`);
      expect(rowsOf(cell)[0][0]).toBe(`'${trigger}1+1`);
    }
    expect([csvCell(-12.5), csvCell(0), csvCell(true), csvCell(null), csvCell('a,b'), csvCell('鄂州 1=1')]).toEqual(['-12.5', '0', 'true', '', '"a,b"', '鄂州 1=1']);
  });
});

describeWithCity('formula cells through import and every CSV writer', async (city) => {
  const files = await city.importFiles(METRIC_FILES);
  expect(files.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.etl(true);
}, (city) => {
  const renamed = async () => {
    const file = path.join(city().dir, 'agencies-formula.csv');
    fs.writeFileSync(file, [
      'agencyCode,name,regionCode,level,kind,domains',
      `${AGENCY},"${FORMULA.replace(/"/g, '""')}",420700,CITY,DEPARTMENT,FOOD_DRUG`,
      `11420702MB0000002B,梁子湖区市场监督管理局,420702,=1+1,DEPARTMENT,FOOD_DRUG`,
    ].join('\n') + '\n');
    const report = await runImport(city().server.app.services.store, [file], { rejectsDir: path.join(city().dir, 'rejects'), actor: 'test' });
    await city().etl(true);
    return report.files[0];
  };
  let imported: Awaited<ReturnType<typeof renamed>>;

  test('the import stores the text verbatim and the rejects CSV neutralises the refused value', async () => {
    imported = await renamed();
    expect(imported).toMatchObject({ updated: 1, rejected: 1 });
    const [stored] = await city().server.app.services.store.query<{ name: string }>(`select name from agencies where code = $1`, [AGENCY]);
    expect(stored.name).toBe(FORMULA);
    const lines = rowsOf(fs.readFileSync(imported.rejectsReport!.csv, 'utf8'));
    expect(lines[1].slice(2)).toEqual(['2', 'level', 'level', "'=1+1", expect.stringMatching(/must be one of/)]);
  });

  test('the evaluation report CSV neutralises the name and keeps the figures numbers; its XLSX keeps the name a string', async () => {
    const services = city().server.app.services;
    const report = await buildEvaluationReport(services.warehouse, 2023, 'AGENCY');
    const rows = rowsOf(renderCsv(evaluationDocument(report)));
    const header = rows[0];
    const entry = rows.find((r) => r[header.indexOf('code')] === AGENCY)!;
    expect(entry[header.indexOf('name')]).toBe(`'${FORMULA}`);
    const quality = entry[header.indexOf('quality')];
    expect(quality === '' || String(Number(quality)) === quality).toBe(true);
    const file = path.join(city().dir, 'report.xlsx');
    await writeXlsx(evaluationDocument(report), file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.flatMap((s) => {
      const found: ExcelJS.Cell[] = [];
      s.eachRow((row) => row.eachCell((c) => { if (c.value === FORMULA) found.push(c); }));
      return found;
    });
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
  });

  test('eqp export --format csv neutralises text columns and leaves numbers alone', async () => {
    const out = path.join(city().dir, 'export');
    await exportMarts(city().server.app.services.warehouse, 'csv', out);
    const mart = path.join(out, 'mart_supervision_agency_quarter');
    const csvFiles = (fs.readdirSync(mart, { recursive: true }) as string[]).filter((f) => f.endsWith('.csv'));
    const rows = csvFiles.flatMap((f) => {
      const [header, ...data] = rowsOf(fs.readFileSync(path.join(mart, f), 'utf8'));
      return data.map((d) => Object.fromEntries(header.map((h, i) => [h, d[i]])));
    });
    const ours = rows.filter((r) => r.agency_code === AGENCY);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((r) => r.agency_name === `'${FORMULA}`)).toBe(true);
    expect(rows.every((r) => !/^[=+\-@\t\r]/.test(r.agency_name))).toBe(true);
    expect(ours.every((r) => r.fines_total_yuan !== '' && Number.isFinite(Number(r.fines_total_yuan)))).toBe(true);
  });
});
