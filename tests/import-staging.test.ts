import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { describeStores } from './helpers/stores.ts';
import { runImport, type ImportOptions } from '../etl/import/run-import.ts';
import { AGENCIES, REGIONS, agencyCode, tempDir, writeCsv, writeJson } from './fixtures/import/build.ts';

/** Names with what COPY's text format has to escape (backslash, tab, line breaks) and what it must not touch. */
const NAMES = ['反斜杠\\N 局', '制表\t符局', '换行\n局', '回车\r\n局', '"引号" 局', '\\\\ 双反斜杠 \\t 局'];

describeStores('import through the COPY staging table', (getStore) => {
  const dir = tempDir();
  const options: ImportOptions = { rejectsDir: path.join(dir, 'rejects'), actor: 'import:test' };
  const agencies = NAMES.map((name, i) => ({ agencyCode: agencyCode(100 + i), name, regionCode: '420704', level: 'DISTRICT', kind: 'DEPARTMENT', domains: 'FOOD_DRUG;URBAN_MANAGEMENT' }));
  let file: string;

  beforeAll(async () => {
    await runImport(getStore(), [writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], options);
    file = writeJson(dir, 'agencies.json', agencies);
  });

  test('stores every value as given, escapes and all, and audits each creation with the stored row as after', async () => {
    const [report] = (await runImport(getStore(), [file], options)).files;
    expect(report).toMatchObject({ kind: 'agencies', inserted: NAMES.length, rejected: 0 });
    const stored = await getStore().query<{ code: string; name: string; domains: string }>(
      `select code, name, array_to_string(domains, ';') as domains from agencies where code = any($1) order by code`, [agencies.map((a) => a.agencyCode)]);
    expect(stored.map((r) => r.name)).toEqual(NAMES);
    expect(stored.every((r) => r.domains === 'FOOD_DRUG;URBAN_MANAGEMENT')).toBe(true);
    const events = await getStore().query<{ action: string; key: string; before: unknown; after: { name: string } }>(
      `select action, entity_key as key, before, after from audit_events where entity = 'agency' and entity_key = any($1) order by entity_key`, [agencies.map((a) => a.agencyCode)]);
    expect(events.map((e) => [e.action, e.key, e.before, e.after.name])).toEqual(stored.map((r) => ['create', r.code, null, r.name]));
  });

  test('re-importing the file writes nothing and audits nothing; a changed name is one update with both images', async () => {
    const count = async () => (await getStore().query<{ n: number }>(`select count(*)::int as n from audit_events`))[0].n;
    const audits = await count();
    expect((await runImport(getStore(), [file], options)).files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: NAMES.length });
    expect(await count()).toBe(audits);
    const renamed = writeJson(dir, 'renamed.json', agencies.map((a, i) => (i === 2 ? { ...a, name: '新\t名\\称' } : a)));
    expect((await runImport(getStore(), [renamed], options)).files[0]).toMatchObject({ inserted: 0, updated: 1, unchanged: NAMES.length - 1 });
    const [event] = await getStore().query<{ before: { name: string }; after: { name: string } }>(
      `select before, after from audit_events where entity = 'agency' and action = 'update' and entity_key = $1`, [agencies[2].agencyCode]);
    expect([event.before.name, event.after.name]).toEqual([NAMES[2], '新\t名\\称']);
    expect(await count()).toBe(audits + 1);
  });
});
