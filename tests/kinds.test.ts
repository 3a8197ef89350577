import { DuckDBInstance } from '@duckdb/node-api';
import { getTableColumns, is } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { SOURCES } from '../etl/extract/sources.ts';
import { LOADERS } from '../etl/import/kinds/index.ts';
import type { Tx } from '../etl/import/upsert.ts';
import { RAW_CHECKS } from '../etl/load/raw-checks.ts';
import { RAW_LAYER_SQL } from '../etl/load/raw-layer.ts';
import { KIND_TABLES } from '../server/db/kinds.ts';
import { targetOfColumn } from '../server/db/references.ts';
import * as t from '../server/db/tables/index.ts';
import { RECORD_KINDS, RECORD_RULES, type RecordKind } from '../server/domain/records/index.ts';
import { readRows } from '../warehouse/values.ts';

/**
 * What a record kind must not forget, read from the drizzle tables themselves rather than from
 * the derivations under test (server/db/kinds.ts, references.ts, etl/extract/sources.ts,
 * etl/load/raw-checks.ts), so that a derivation that drops a key or a foreign key fails here.
 */

/** The table each kind's records are stored in, one record to one row, and the table property of each record field stored under another name. */
interface Stored {
  table: PgTable;
  renames?: Record<string, string>;
}
const ONE_ROW_TABLES: Record<Exclude<RecordKind, 'problems' | 'clues'>, Stored> = {
  ...(Object.fromEntries(Object.entries(KIND_TABLES).map(([kind, k]): [string, Stored] => [kind, { table: k.table, renames: k.renames }])) as Record<keyof typeof KIND_TABLES, Stored>),
  filings: { table: t.filings },
  progressReports: { table: t.progressReports },
};
/** Kinds whose rows are events of a record (a problem's status, a clue's step): their rules' key names an event, and their table holds the record. */
const EVENT_TABLES = { problems: t.problems, clues: t.clues };

const TABLES = (Object.values(t) as unknown[]).filter((x): x is PgTable => is(x, PgTable));
const tableNamed = (name: string) => TABLES.find((table) => getTableConfig(table).name === name)!;

/** Properties by column name (the columns of a composite key or an index are matched by name). */
function propertiesOf(table: PgTable, columns: Array<{ name: string }>): string[] {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  return columns.map((c) => Object.keys(all).find((p) => all[p].name === c.name)!).sort();
}

/** Every unique key of a table: its primary key, unique columns, unique constraints and unique indexes, as sorted property lists. */
function uniqueKeys(table: PgTable): string[][] {
  const config = getTableConfig(table);
  return [
    ...config.primaryKeys.map((pk) => propertiesOf(table, pk.columns)),
    ...config.columns.filter((c) => c.primary || c.isUnique).map((c) => propertiesOf(table, [c])),
    ...config.uniqueConstraints.map((u) => propertiesOf(table, u.columns)),
    ...config.indexes.filter((i) => i.config.unique).map((i) => propertiesOf(table, i.config.columns.filter((c): c is PgColumn => is(c, PgColumn)))),
  ];
}

/** Each foreign key of a table: its column's property and the table and column it points at. */
function foreignKeys(table: PgTable) {
  return getTableConfig(table).foreignKeys.map((fk) => {
    const { columns: [column], foreignColumns: [target] } = fk.reference();
    return { property: propertiesOf(table, [column])[0], column, target };
  });
}

const loaderOf = (kind: RecordKind) => LOADERS[kind]({ tx: {} as Tx, actor: 'test', accept: false, now: new Date() });

describe('record kinds', () => {
  test('every record kind is stored one record to one row or is an event kind', () => {
    expect([...Object.keys(ONE_ROW_TABLES), ...Object.keys(EVENT_TABLES)].sort()).toEqual([...RECORD_KINDS].sort());
  });

  test.each(Object.entries(ONE_ROW_TABLES))('%s: the record rules\' key is a unique key of its table', (kind, { table, renames }) => {
    const key = RECORD_RULES[kind as RecordKind].key.map((field) => renames?.[field] ?? field).sort();
    expect(uniqueKeys(table)).toContainEqual(key);
  });

  const writtenTables = [
    ...Object.entries(ONE_ROW_TABLES).map(([kind, { table, renames }]) => ({ kind: kind as RecordKind, table, renames })),
    ...Object.entries(EVENT_TABLES).map(([kind, table]) => ({ kind: kind as RecordKind, table, renames: undefined })),
  ];
  test.each(writtenTables.map((w) => [w.kind, w]))('%s: the import checks every foreign key of its table', (kind, { table, renames }) => {
    const fieldOf = Object.fromEntries(Object.entries(renames ?? {}).map(([field, property]) => [property, field]));
    const expected = foreignKeys(table).map((fk) => ({ field: fieldOf[fk.property] ?? fk.property, target: targetOfColumn(fk.target) }));
    expect(expected.every((r) => r.target)).toBe(true);
    expect(loaderOf(kind).references).toEqual(expect.arrayContaining(expected));
  });

  test.each(SOURCES.map((s) => [s.name, s]))('%s: the raw checks check every foreign key whose column is extracted, and the key of a source reloaded whole', (_, source) => {
    const table = tableNamed(source.from);
    const extracted = new Set(source.columns.map((c) => c.name));
    const names = RAW_CHECKS.map((c) => c.name);
    for (const fk of foreignKeys(table)) {
      const column = toSnakeCase(fk.property);
      const target = getTableConfig(fk.target.table).name;
      const targetColumn = toSnakeCase(propertiesOf(fk.target.table, [fk.target])[0]);
      const check = `${source.rawTable}.${column} → raw_${target}.${targetColumn}`;
      if (extracted.has(column)) expect(names).toContain(check);
      else expect(names).not.toContain(check);
    }
    if (!source.incremental) expect(names).toContain(`${source.rawTable} (${source.key.join(', ')})`);
  });
});

describe('raw layer', () => {
  test('each raw check finds the break of its rule in DuckDB, and nothing in an empty layer', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const duck = await instance.connect();
    try {
      await duck.run(RAW_LAYER_SQL);
      const failing = async () => {
        const found: string[] = [];
        for (const check of RAW_CHECKS) if (readRows(await duck.runAndReadAll(check.sql)).length) found.push(check.name);
        return found;
      };
      expect(await failing()).toEqual([]);
      // One orphan per reference and one duplicated key per keyed source; every other column null.
      for (const source of SOURCES) {
        for (const r of source.references) await duck.run(`insert into ${source.rawTable} (${r.column}) values ('nothing-${r.column}')`);
        if (!source.incremental) {
          const values = source.key.map((k) => (source.columns.find((c) => c.name === k)!.type === 'int' ? '1' : `'k'`)).join(', ');
          for (let i = 0; i < 2; i++) await duck.run(`insert into ${source.rawTable} (${source.key.join(', ')}) values (${values})`);
        }
      }
      expect((await failing()).sort()).toEqual(RAW_CHECKS.map((c) => c.name).sort());
    } finally {
      duck.closeSync();
      instance.closeSync();
    }
  });
});
