import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions, type ImportProgress } from '../etl/import/run-import.ts';
import type { Store } from '../server/db/client.ts';
import { proxyStore } from '../server/handoff/proxy-store.ts';
import { StoreHost } from '../server/handoff/store-host.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, csvText, tempDir, writeCsv } from './fixtures/import/build.ts';

const ROWS = 6_000;
const BAD_EVERY = 1_000;

/** Enough penalty cases to cross the validation batches (2,000) and the statement chunks (5,000). */
function penaltiesFile(dir: string): string {
  const header = ['agencyCode', 'caseNo', 'decidedOn', 'violationItemCode', 'partyType', 'band', 'leniency', 'firstOffence', 'fineYuan', 'legalReview'];
  const rows = Array.from({ length: ROWS }, (_, i) => [
    i % 2 ? AGENCY_A : AGENCY_B, `罚〔2023〕${i}号`, i % BAD_EVERY === 7 ? '2023-02-30' : '2023-03-01', `V${i % 40}`,
    'ENTERPRISE', 'GENERAL', i % 3 ? 'NONE' : 'LIGHTER', i % 5 ? '否' : '是', ((i % 997) * 12.5).toFixed(2), '1',
  ]);
  const file = path.join(dir, 'penalties.csv');
  fs.writeFileSync(file, csvText([header, ...rows]));
  return file;
}

/**
 * Penalty cases under their own case numbers, then row ROWS + 1 with row 1's key (taken by the
 * first batch), row ROWS + 2 with row ROWS - 1's key (taken in the same batch) and a bad date.
 */
function duplicatesFile(dir: string): string {
  const header = ['agencyCode', 'caseNo', 'decidedOn', 'violationItemCode', 'band', 'fineYuan'];
  const row = (i: number, fine: string, decidedOn = '2023-03-01') => [AGENCY_A, `重〔2023〕${i}号`, decidedOn, `V${i % 40}`, 'GENERAL', fine];
  const rows = [...Array.from({ length: ROWS }, (_, i) => row(i, '100.00')), row(0, '999.00'), row(ROWS - 2, '999.00'), row(ROWS, '100.00', '2023-02-30')];
  const file = path.join(dir, 'duplicates.csv');
  fs.writeFileSync(file, csvText([header, ...rows]));
  return file;
}

/** The store as the import worker's drizzle sees it: every statement over a message port to a StoreHost on this PGlite. */
function proxiedStore(store: Store): { store: Store; close(): void } {
  const { port1, port2 } = new MessageChannel();
  const host = new StoreHost(store.pglite!);
  port2.on('message', async (request) => port2.postMessage(await host.handle(request)));
  return { store: proxyStore(port1), close: () => port1.close() };
}

describeStores('import of a large file', (getStore, kind) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  let file: string;

  beforeAll(async () => {
    file = penaltiesFile(dir);
    await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], options);
  });

  test('loads in batches, refusing the bad rows only, and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const [f] = (await runImport(getStore(), [file], { ...options, onProgress: (p) => progress.push(p) })).files;
    const bad = ROWS / BAD_EVERY;
    expect(f).toMatchObject({ kind: 'penalties', rowsRead: ROWS, inserted: ROWS - bad, rejected: bad });
    expect(f.rejects[0]).toMatchObject({ row: 8, column: 'decidedOn', reason: '2023-02-30 is not a date that exists' });
    expect(progress.length).toBeGreaterThanOrEqual(ROWS / 2_000);
    expect(progress.at(-1)).toMatchObject({ rowsRead: ROWS, fraction: 1 });
    const [{ n }] = await getStore().query<{ n: number }>(`select count(*)::int as n from audit_events where entity = 'penaltyCase'`);
    expect(n).toBe(ROWS - bad);
  });

  test('re-importing it changes nothing', async () => {
    const [f] = (await runImport(getStore(), [file], options)).files;
    expect(f).toMatchObject({ inserted: 0, updated: 0, unchanged: ROWS - ROWS / BAD_EVERY });
  });

  test.each(kind === 'pglite' ? ['store', 'worker proxy'] : ['store'])('a key an earlier row took is refused, the first row winning, in a later batch as in the same one (%s)', async (through) => {
    const proxied = through === 'worker proxy' ? proxiedStore(getStore()) : null;
    try {
      const [f] = (await runImport(proxied?.store ?? getStore(), [duplicatesFile(dir)], options)).files;
      const duplicate = (i: number) => `duplicate key (agencyCode, caseNo) = ${JSON.stringify([AGENCY_A, `重〔2023〕${i}号`])}: an earlier row of this file has it`;
      expect(f).toMatchObject({ rowsRead: ROWS + 3, rejected: 3 });
      expect(f.inserted + f.unchanged).toBe(ROWS);
      expect(f.rejects).toEqual([
        { row: ROWS + 1, column: 'agencyCode', field: 'agencyCode', value: AGENCY_A, reason: duplicate(0) },
        { row: ROWS + 2, column: 'agencyCode', field: 'agencyCode', value: AGENCY_A, reason: duplicate(ROWS - 2) },
        { row: ROWS + 3, column: 'decidedOn', field: 'decidedOn', value: '2023-02-30', reason: '2023-02-30 is not a date that exists' },
      ]);
      const fines = await getStore().query<{ fine: string }>(`select fine_yuan::text as fine from penalty_cases where case_no in ('重〔2023〕0号', '重〔2023〕${ROWS - 2}号')`);
      expect(fines.map((r) => r.fine)).toEqual(['100.00', '100.00']);
    } finally {
      proxied?.close();
    }
  });
});
