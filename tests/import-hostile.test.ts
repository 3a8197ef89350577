import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { expect, test } from 'vitest';
import { runImport } from '../etl/import/run-import.ts';
import { describeStores } from './helpers/stores.ts';
import { REGIONS, tempDir, writeCsv } from './fixtures/import/build.ts';

const dir = tempDir();
const options = () => ({ rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' });
const HEADER = 'regionCode,name,parentCode,type\n';

describeStores('hostile import files', (getStore) => {
  const count = async () => (await getStore().query<{ n: number }>(`select count(*)::int as n from regions`))[0].n;

  test('a CSV mixing UTF-8 and GBK rows is refused naming the first row in the other encoding; nothing of it loads', async () => {
    const utf8First = path.join(dir, 'mixed-utf8.csv');
    fs.writeFileSync(utf8First, Buffer.concat([
      Buffer.from(`${HEADER}420700,鄂州市,,CITY\n420702,梁子湖区,420700,DISTRICT\n`, 'utf8'),
      iconv.encode('420703,华容区,420700,DISTRICT\n', 'gbk'),
    ]));
    const gbkFirst = path.join(dir, 'mixed-gbk.csv');
    fs.writeFileSync(gbkFirst, Buffer.concat([
      iconv.encode(`${HEADER}420700,鄂州市,,CITY\n`, 'gbk'),
      Buffer.from('420702,梁子湖区,420700,DISTRICT\n', 'utf8'),
    ]));
    const before = await count();
    const report = await runImport(getStore(), [utf8First, gbkFirst], options());
    expect(report.files.map((f) => f.error)).toEqual([
      'the file mixes text encodings: data row 3 is not valid UTF-8 while data row 1 is UTF-8; nothing of it was loaded — save the whole file in one encoding (UTF-8 CSV)',
      'the file mixes text encodings: data row 2 is UTF-8 while data row 1 is GBK/GB18030; nothing of it was loaded — save the whole file in one encoding (UTF-8 CSV)',
    ]);
    expect(await count()).toBe(before);
    expect(report.refused).toBe(true);
  });

  test('a GBK file whose short cells happen to be valid UTF-8 bytes is still read as GBK', async () => {
    // 女 is C5 AE in GBK, which is also the UTF-8 of Ů: one such row must not make the file "mixed".
    const file = writeCsv(dir, 'gbk-short.csv', [...REGIONS, ['420799', '女', '420700', 'DISTRICT']], 'gbk');
    const report = await runImport(getStore(), [file], options());
    expect(report.files[0]).toMatchObject({ inserted: 4, rejected: 0 });
    expect((await getStore().query<{ name: string }>(`select name from regions where code = '420799'`))[0].name).toBe('女');
  });

  test('a JSON value nested 100,000 deep refuses its row, a NUL in a cell refuses its row, the other rows load', async () => {
    const depth = 100_000;
    const file = path.join(dir, 'regions-hostile.json');
    fs.writeFileSync(file, `[{"regionCode":"420711","name":"甲区","parentCode":"420700","type":"DISTRICT"},` +
      `{"regionCode":"420712","name":${'['.repeat(depth)}${']'.repeat(depth)},"parentCode":"420700","type":"DISTRICT"},` +
      `{"regionCode":"420713","name":"乙\\u0000区","parentCode":"420700","type":"DISTRICT"}]`);
    const [report] = (await runImport(getStore(), [file], { ...options(), kind: 'regions' })).files;
    expect(report.error).toBeUndefined();
    expect(report).toMatchObject({ rowsRead: 3, inserted: 1, rejected: 2 });
    expect(report.rejects.map((r) => [r.row, r.field, r.reason])).toEqual([
      [2, 'name', 'must be a single value, not a nested object or array'],
      [3, 'name', 'contains a NUL character (U+0000), which text cannot hold'],
    ]);
  });

  test('a JSON file that is only nesting is refused whole, and says so', async () => {
    const file = path.join(dir, 'deep.json');
    fs.writeFileSync(file, `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`);
    const [report] = (await runImport(getStore(), [file], { ...options(), kind: 'regions' })).files;
    expect(report).toMatchObject({ inserted: 0, updated: 0, error: 'the JSON array holds no object with fields; give one object per record' });
    expect(JSON.parse(fs.readFileSync(report.rejectsReport!.json, 'utf8')).error).toBe(report.error);
  });
});
