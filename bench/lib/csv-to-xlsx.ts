import fs from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

/** The CSV as a workbook of one sheet named `sheet`, written as a stream (a --scale 100 file has millions of rows). */
export async function csvToXlsx(csv: string, xlsx: string, sheet: string): Promise<string> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet);
  for await (const row of fs.createReadStream(csv).pipe(parse())) worksheet.addRow(row).commit();
  worksheet.commit();
  await workbook.commit();
  return xlsx;
}
