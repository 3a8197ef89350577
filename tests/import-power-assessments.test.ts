import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, agencyCode, tempDir, writeCsv, writeJson, writeXlsx } from './fixtures/import/build.ts';

const OFFICERS = [
  ['人员编号', '姓名', '单位编码', '执法证号'],
  ['E-01', '刘一', AGENCY_A, 'ZF-001'],
  ['E-02', '陈二', AGENCY_B, 'ZF-002'],
];

const POWER_ITEMS = [
  ['单位编码', '事项编码', '事项名称', '执法领域', '职权类别', '备注'],
  [AGENCY_A, 'XK-0001', '食品经营许可', 'FOOD_DRUG', '行政许可', null],
  [AGENCY_A, 'CF-0001', '对未取得食品经营许可从事经营活动的处罚', 'FOOD_DRUG', '行政处罚', '重点事项'],
  [AGENCY_A, 'CF-0002', '对无证行医的处罚', 'HEALTH', '行政处罚', null],
  [agencyCode(66), 'JC-0001', '对食品生产的监督检查', 'FOOD_DRUG', '行政检查', null],
  [AGENCY_A, 'XK-0001', '食品经营许可（重复）', 'FOOD_DRUG', '行政许可', null],
  [AGENCY_B, 'CF-0001', '对占道经营的处罚', 'URBAN_MANAGEMENT', '行政处罚', null],
  [AGENCY_B, 'QZ-0001', null, 'URBAN_MANAGEMENT', null, null],
];

const ASSESSMENTS = [
  ['人员编号', '年度', '考核结果', '网上能力测试成绩'],
  ['E-01', 2023, '优秀', 92.5],
  ['E-01', 2022, '称职', null],
  ['E-02', 2023, '称职', 100.5],
  ['E-99', 2023, '称职', 80],
  ['E-01', 2023, '称职', 70],
  ['E-02', 1999, null, -1],
  ['E-02', 2024, '基本称职', 60],
];

describeStores('import power items and officer assessments', (getStore) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  const powerItemsFile = () => writeCsv(dir, 'power-items.csv', POWER_ITEMS, 'gbk');
  const assessmentsFile = () => writeCsv(dir, 'assessments.csv', ASSESSMENTS);

  beforeAll(async () => {
    const files = [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES), writeCsv(dir, 'officers.csv', OFFICERS)];
    expect((await runImport(getStore(), files, options)).refused).toBe(false);
  });

  test('power items load by agency and item code; a bad domain, an unknown agency, a duplicate and blanks are refused by file, row and column', async () => {
    const file = powerItemsFile();
    const report = await runImport(getStore(), [file], options);
    expect(report.refused).toBe(true);
    const [f] = report.files;
    expect(f).toMatchObject({ file, kind: 'powerItems', ignoredColumns: ['备注'], rowsRead: 7, inserted: 3, rejected: 4 });
    expect(f.rejects.map((r) => [r.row, r.column, r.field, r.reason])).toEqual([
      [3, '执法领域', 'domain', expect.stringMatching(/^must be one of FOOD_DRUG, MEDICAL_INSURANCE, /)],
      [4, '单位编码', 'agencyCode', expect.stringMatching(new RegExp(`^unknown agency '${agencyCode(66)}'`))],
      [5, '单位编码', 'agencyCode', expect.stringMatching(/^duplicate key \(agencyCode, itemCode\)/)],
      [7, '事项名称', 'name', 'is required'],
      [7, '职权类别', 'actionType', 'is required'],
    ]);
    // The rejects report names the file on every line.
    const csv = fs.readFileSync(f.rejectsReport!.csv, 'utf8');
    expect(csv.trim().split('\r\n').slice(1).every((line) => line.startsWith(`${file},`))).toBe(true);
    const rows = await getStore().query(`select agency_code, item_code, name, domain, action_type from power_items order by agency_code, item_code`);
    expect(rows).toEqual([
      { agency_code: AGENCY_A, item_code: 'CF-0001', name: '对未取得食品经营许可从事经营活动的处罚', domain: 'FOOD_DRUG', action_type: '行政处罚' },
      { agency_code: AGENCY_A, item_code: 'XK-0001', name: '食品经营许可', domain: 'FOOD_DRUG', action_type: '行政许可' },
      { agency_code: AGENCY_B, item_code: 'CF-0001', name: '对占道经营的处罚', domain: 'URBAN_MANAGEMENT', action_type: '行政处罚' },
    ]);
    const audits = await getStore().query(`select action, entity_key from audit_events where entity = 'powerItem' order by entity_key`);
    expect(audits).toEqual([
      { action: 'create', entity_key: `${AGENCY_A}/CF-0001` },
      { action: 'create', entity_key: `${AGENCY_A}/XK-0001` },
      { action: 'create', entity_key: `${AGENCY_B}/CF-0001` },
    ]);
    expect((await runImport(getStore(), [powerItemsFile()], options)).files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  test('assessments load by officer and year; an unknown officer, a score outside 0–100, a duplicate and bad values are refused', async () => {
    const [f] = (await runImport(getStore(), [assessmentsFile()], options)).files;
    expect(f).toMatchObject({ kind: 'assessments', rowsRead: 7, inserted: 3, rejected: 4 });
    expect(f.rejects.map((r) => [r.row, r.column, r.value, r.reason])).toEqual([
      [3, '网上能力测试成绩', '100.5', 'must be at most 100'],
      [4, '人员编号', 'E-99', expect.stringMatching(/^unknown officer 'E-99'/)],
      [5, '人员编号', 'E-01', expect.stringMatching(/^duplicate key \(officerNo, year\)/)],
      [6, '年度', '1999', 'must be at least 2000'],
      [6, '考核结果', '', 'is required'],
      [6, '网上能力测试成绩', '-1', 'must not be negative'],
    ]);
    const rows = await getStore().query(`select officer_no, year, result, test_score::text as score from officer_assessments order by 1, 2`);
    expect(rows).toEqual([
      { officer_no: 'E-01', year: 2022, result: '称职', score: null },
      { officer_no: 'E-01', year: 2023, result: '优秀', score: '92.50' },
      { officer_no: 'E-02', year: 2024, result: '基本称职', score: '60.00' },
    ]);
    expect((await runImport(getStore(), [assessmentsFile()], options)).files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
  });

  test('a workbook with 权责清单 and 年度考核 sheets and a JSON file of canonical fields load too; a changed row updates', async () => {
    const workbook = await writeXlsx(dir, 'lists.xlsx', {
      权责清单: [['agencyCode', 'itemCode', 'name', 'domain', 'actionType'], [AGENCY_B, 'QZ-0001', '查封占道经营物品', 'URBAN_MANAGEMENT', '行政强制']],
      年度考核: [['officerNo', 'year', 'result', 'testScore'], ['E-02', 2024, '称职', 75]],
    });
    const json = writeJson(dir, 'assessments.json', [{ officerNo: 'E-02', year: 2023, result: '称职', testScore: '88' }]);
    const report = await runImport(getStore(), [workbook, json], options);
    expect(report.files.map((f) => [f.sheet ?? null, f.kind, f.inserted, f.updated, f.rejected])).toEqual([
      ['权责清单', 'powerItems', 1, 0, 0],
      ['年度考核', 'assessments', 0, 1, 0],
      [null, 'assessments', 1, 0, 0],
    ]);
    const rows = await getStore().query(`select officer_no, year, result, test_score::text as score from officer_assessments where officer_no = 'E-02' order by 2`);
    expect(rows).toEqual([
      { officer_no: 'E-02', year: 2023, result: '称职', score: '88.00' },
      { officer_no: 'E-02', year: 2024, result: '称职', score: '75.00' },
    ]);
  });
});
