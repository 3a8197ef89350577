import { beforeAll, expect, test } from 'vitest';
import { describeWithCity } from './helpers/warehouse.ts';
import { publishable } from '../server/auth/small-cells.ts';
import { loadConfig } from '../server/config.ts';
import { PUBLIC_VIEWER } from '../server/auth/viewer.ts';

const FILES = ['regions', 'agencies', 'standards', 'filings', 'penalties', 'problems', 'reviews', 'surveys', 'officers', 'training']
  .map((kind) => `metrics/${kind}.csv`);

type Row = Record<string, unknown>;

/** Each published aggregate, grouped finely enough for some cells to be small, and the records behind a row. */
const QUERIES: Array<{ name: string; query: string; records: (row: Row) => number }> = [
  { name: 'penaltyDiscretion', query: '{ penaltyDiscretion(groupBy: [AGENCY, YEAR, QUARTER, DOMAIN]) { agencyCode year quarter domainCode cases meanFineYuan } }', records: (r) => Number(r.cases) },
  { name: 'supervisionRates', query: '{ supervisionRates(groupBy: [AGENCY, YEAR, QUARTER]) { agencyCode year quarter filingsDue supervisionRate } }', records: (r) => Number(r.filingsDue) },
  { name: 'supervisionRates', query: '{ supervisionRates(groupBy: [YEAR]) { year filingsDue supervisionRate } }', records: (r) => Number(r.filingsDue) },
  { name: 'rectificationProgress', query: '{ rectificationProgress(asOf: "2024-12-31", groupBy: [REGION]) { regionCode total rectified } }', records: (r) => Number(r.total) },
  { name: 'workforce', query: '{ workforce(year: 2023, groupBy: [AGENCY]) { agencyCode officersWithValidCertificate compliantOfficers } }', records: (r) => Number(r.officersWithValidCertificate) },
];

describeWithCity('small cells', async (city) => {
  const report = await city.importFiles(FILES);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  await city.etl(true);
}, (city) => {
  let analyst: string;
  beforeAll(async () => {
    analyst = await city().server.token({ role: 'ANALYST' });
  });

  test('PUBLIC gets exactly the cells of at least 5 records; a signed-in role gets every cell', async () => {
    let suppressed = 0;
    let kept = 0;
    for (const { name, query, records } of QUERIES) {
      const all = (await city().server.post(query, {}, analyst)).body.data[name] as Row[];
      const publicRows = (await city().server.post(query, {}, null)).body.data[name] as Row[];
      const expected = all.filter((row) => records(row) >= 5);
      expect(publicRows, query).toEqual(expected);
      suppressed += all.length - expected.length;
      kept += expected.length;
    }
    // The fixture city has both: cells of one case or one filing, and city-wide totals.
    expect(suppressed).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });

  test('the minimum is configurable (MIN_CELL_RECORDS) and one rule decides it', () => {
    expect(loadConfig({}).minCellRecords).toBe(5);
    const min = loadConfig({ MIN_CELL_RECORDS: '2' }).minCellRecords;
    expect([publishable(PUBLIC_VIEWER, min, 1), publishable(PUBLIC_VIEWER, min, 2)]).toEqual([false, true]);
  });
});
