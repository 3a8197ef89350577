import { kindKey, kindProvides, kindReferences, kindRow, type AnyKind } from '../../../server/db/kinds.ts';
import { upsertRows, type Row } from '../upsert.ts';
import type { LoaderFactory } from './loader.ts';

/** A kind whose rows upsert one-to-one into one table (server/db/kinds.ts). */
export function tableLoader(kind: AnyKind): LoaderFactory<object> {
  const upsert = { table: kind.table, entity: kind.entity, key: kindKey(kind) };
  const references = kindReferences(kind);
  const provides = kindProvides(kind);
  return ({ tx, actor }) => ({
    references,
    provides,
    async write(rows) {
      const counts = await upsertRows(tx, upsert, rows.map((r) => kindRow(kind, r.record) as Row), actor);
      return { ...counts, rejects: [] };
    },
  });
}
