import { kindKey, kindProvides, kindReferences, kindRow, type AnyKind } from '../../../server/db/kinds.ts';
import { upsertRows, type Row } from '../upsert.ts';
import type { LoaderFactory } from './loader.ts';

/** A kind whose rows upsert one-to-one into one table (server/db/kinds.ts). */
export function tableLoader(kind: AnyKind): LoaderFactory<object> {
  const upsert = { table: kind.table, entity: kind.entity, key: kindKey(kind) };
  const references = kindReferences(kind);
  // kindRow's renaming worked out once per field instead of through entries arrays for every row.
  const properties = new Map<string, string>();
  const propertyOf = (field: string) => properties.get(field) ?? properties.set(field, Object.keys(kindRow(kind, { [field]: null }))[0]!).get(field)!;
  const rowOf = (record: object): Row => {
    const row: Row = {};
    for (const field in record) row[propertyOf(field)] = (record as Record<string, unknown>)[field];
    return row;
  };
  const provides = kindProvides(kind);
  return ({ tx, actor }) => ({
    references,
    provides,
    async write(rows) {
      const counts = await upsertRows(tx, upsert, rows.map((r) => rowOf(r.record)), actor);
      return { ...counts, rejects: [] };
    },
  });
}
