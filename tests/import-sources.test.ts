import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { RECORD_KINDS, RECORD_RULES } from '../server/domain/records/index.ts';
import { mapColumns } from '../etl/import/columns.ts';
import { HEADER_ALIASES, fieldsForTitle } from '../etl/import/header-aliases.ts';
import { renderAliasesMarkdown } from '../etl/import/aliases-markdown.ts';
import { openFile } from '../etl/import/sources/open-file.ts';
import type { ImportSource } from '../etl/import/sources/source.ts';
import { AGENCIES, FILING_HEADER, REGIONS, tempDir, writeCsv, writeXlsx } from './fixtures/import/build.ts';

const dir = tempDir();
async function rowsOf(source: ImportSource) {
  const rows = [];
  for await (const row of source.rows()) rows.push(row);
  return rows;
}

describe('import sources', () => {
  test('CSV in GBK, UTF-8 with BOM and UTF-8 read the same', async () => {
    const read = await Promise.all((['gbk', 'utf8-bom', 'utf8'] as const).map(async (enc) => {
      const [source] = await openFile(writeCsv(dir, `agencies-${enc}.csv`, AGENCIES, enc));
      return { headers: source.headers, rows: (await rowsOf(source)).map((r) => r.cells) };
    }));
    expect(read[0].headers[0]).toBe('统一社会信用代码');
    expect(read[1]).toEqual(read[0]);
    expect(read[2]).toEqual(read[0]);
    expect(read[0].rows[1][1]).toBe('鄂城区综合行政执法局');
  });

  test('bytes valid in neither UTF-8 nor GB18030 are refused, never guessed', async () => {
    const file = path.join(dir, 'garbled.csv');
    fs.writeFileSync(file, Buffer.concat([iconv.encode('单位编码,年度\n', 'gbk'), Buffer.from([0xff, 0xfe, 0x2c, 0x31, 0x0a])]));
    await expect(openFile(file)).rejects.toThrow(/cannot decode the file as UTF-8 or GB18030\/GBK/);
  });

  test('an unclosed quote at the end (a truncated CSV) is a file error', async () => {
    const file = path.join(dir, 'truncated.csv');
    fs.writeFileSync(file, 'regionCode,name,parentCode,type\n420700,"鄂州');
    const [source] = await openFile(file);
    await expect(rowsOf(source)).rejects.toThrow(/the CSV cannot be parsed/);
  });

  test('XLSX: a sheet per kind, dates as local dates, formulas by their saved result', async () => {
    const file = await writeXlsx(dir, 'book.xlsx', { 地区: REGIONS, filings: [FILING_HEADER, ['x', 2023, 1, 1, 2, null, 5, 4, 0, 0, new Date(Date.UTC(2023, 3, 10, 9, 30)) as never]] }, (wb) => {
      const sheet = wb.getWorksheet('filings')!;
      sheet.getCell('F2').value = { formula: 'D2*100', result: 100 };
      sheet.getCell('G2').value = { formula: 'E2*2' } as never;
    });
    const [regions, filings] = await openFile(file);
    expect([regions.kindHint, filings.kindHint]).toEqual(['regions', 'filings']);
    const [row] = await rowsOf(filings);
    expect(row.cells.slice(5, 11)).toEqual([100, null, 4, 0, 0, '2023-04-10T09:30:00']);
    expect(row.problems).toEqual([{ column: 6, reason: expect.stringMatching(/^is a formula without a saved result/) }]);
  });

  test('XLSX: a sheet is read from its own zip entry, with no temp file left behind', async () => {
    // exceljs writes worksheets before the shared strings; its stream reader copies such sheets
    // to temp files (tmp-PID-…) that it never removes when the reading stops early.
    const file = await writeXlsx(dir, 'order.xlsx', { regions: REGIONS, agencies: AGENCIES });
    const tempFiles = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));
    const before = tempFiles();
    const [, agencies] = await openFile(file);
    const rows = await rowsOf(agencies);
    expect(rows.map((r) => r.cells[1])).toEqual(AGENCIES.slice(1).map((a) => a[1]));
    expect(tempFiles()).toEqual(before);
  });

  test('XLSX: merged header cells are a clear file error', async () => {
    const file = await writeXlsx(dir, 'merged.xlsx', { regions: REGIONS }, (wb) => wb.getWorksheet('regions')!.mergeCells('A1:B1'));
    await expect(openFile(file)).rejects.toThrow(/header cell A1 is merged; give every column its own title/);
  });

  test('JSON must be an array of objects; a truncated one is refused', async () => {
    const file = path.join(dir, 'cut.json');
    fs.writeFileSync(file, '[{"regionCode": "420700", "name": "鄂');
    await expect(openFile(file)).rejects.toThrow(/not valid JSON/);
    fs.writeFileSync(file, '{"regionCode": "420700"}');
    await expect(openFile(file)).rejects.toThrow(/must be an array of objects/);
  });

  test('the kind is recognised from Chinese or canonical headers, or refused with what is missing', () => {
    expect(mapColumns(FILING_HEADER as string[]).kind).toBe('filings');
    expect(mapColumns(['agencyCode', 'year', 'caseNo', 'score']).kind).toBe('reviews');
    expect(mapColumns(['执法领域', '问题编号', '状态', '状态日期']).fields[0]).toBe('domain');
    expect(() => mapColumns(['单位编码', '年度', '备注x'])).toThrow(/cannot tell the kind.*unknown column\(s\) 备注x/);
    expect(() => mapColumns(['regionCode', 'name'], 'regions')).toThrow(/missing column\(s\) type/);
  });

  test('columns a kind does not know are ignored and reported, not a reason to refuse the file', () => {
    const map = mapColumns(['agencyCode', '单位名称', 'year', 'quarter', 'inspectionsPlanned', '备注']);
    expect(map.kind).toBe('filings');
    expect(map.ignored).toEqual(['单位名称', '备注']);
    expect(map.fields).toEqual(['agencyCode', null, 'year', 'quarter', 'inspectionsPlanned', null]);
    expect(mapColumns(['agencyCode', 'year', 'caseNo', 'score', 'remark'], 'reviews').ignored).toEqual(['remark']);
  });

  test('every field has titles, no kind has two fields sharing a title, ALIASES.md is current', () => {
    for (const kind of RECORD_KINDS) {
      const fields = RECORD_RULES[kind].fields;
      for (const field of fields) {
        for (const title of [field, ...(HEADER_ALIASES[field] ?? [])]) {
          expect(fieldsForTitle(title).filter((f) => fields.includes(f)), `${kind}: ${title}`).toEqual([field]);
        }
      }
    }
    expect(fs.readFileSync(new URL('../etl/import/ALIASES.md', import.meta.url), 'utf8')).toBe(renderAliasesMarkdown());
  });
});
