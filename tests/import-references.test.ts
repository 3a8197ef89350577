import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runImport } from '../etl/import/run-import.ts';
import { describeStores } from './helpers/stores.ts';
import { tempDir } from './helpers/warehouse.ts';

describeStores('import references', (getStore) => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('refs');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('regions load in whatever order parents and children come; an orphan and its subtree are refused', async () => {
    const file = path.join(dir, 'regions.csv');
    fs.writeFileSync(file, [
      'regionCode,name,parentCode,type',
      '420704001,凤凰街道,420704,TOWNSHIP',
      '420704,鄂城区,420700,DISTRICT',
      '429999001,某街道,429999,TOWNSHIP',
      '429998,某区,429997,DISTRICT',
      '420700,鄂州市,,CITY',
    ].join('\n'));
    const report = await runImport(getStore(), [file], { rejectsDir: path.join(dir, 'rejects'), actor: 'test' });
    const [only] = report.files;
    expect([only.inserted, only.rejected]).toEqual([3, 2]);
    expect(only.rejects.map((r) => [r.row, r.field, r.value])).toEqual([[3, 'parentCode', '429999'], [4, 'parentCode', '429997']]);
    const stored = await getStore().query<{ code: string }>(`select code from regions order by code`);
    expect(stored.map((r) => r.code)).toEqual(['420700', '420704', '420704001']);
  });
});
