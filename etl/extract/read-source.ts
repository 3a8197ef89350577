import type { Store } from '../../server/db/client.ts';
import type { Source } from './sources.ts';

export type SourceRow = Record<string, unknown> & { __keep: boolean; __changed: string };

const BATCH_ROWS = 20_000;

/**
 * Streams a source in batches, in key order, by keyset pagination (no OFFSET, so a batch costs
 * the same at the end of a million rows as at the start). With `sinceMicros`, only rows changed
 * since then. Each row carries `__keep` (it belongs in the warehouse) and `__changed`
 * (its updated_at in microseconds since the epoch).
 */
export async function* readSource(store: Store, source: Source, sinceMicros?: string): AsyncGenerator<SourceRow[]> {
  const keyAliases = source.key.map((_, i) => `__k${i}`);
  const select = [
    ...source.columns.map((c) => `${c.sql} as "${c.name}"`),
    ...source.key.map((k, i) => `${k} as ${keyAliases[i]}`),
    `${source.keep ?? 'true'} as __keep`,
    `(extract(epoch from updated_at) * 1000000)::bigint::text as __changed`,
  ].join(', ');
  let last: unknown[] | undefined;
  for (;;) {
    const params: unknown[] = [];
    const where: string[] = [];
    if (sinceMicros) {
      params.push(sinceMicros);
      where.push(`updated_at >= to_timestamp($${params.length}::bigint / 1000000.0)`);
    }
    if (last) {
      const placeholders = last.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      where.push(`(${source.key.join(', ')}) > (${placeholders.join(', ')})`);
    }
    const sql = `select ${select} from ${source.from}${where.length ? ' where ' + where.join(' and ') : ''} ` +
      `order by ${source.key.join(', ')} limit ${BATCH_ROWS}`;
    const rows = await store.query<SourceRow>(sql, params);
    if (rows.length === 0) return;
    yield rows;
    const tail = rows[rows.length - 1];
    last = keyAliases.map((alias) => tail[alias]);
    if (rows.length < BATCH_ROWS) return;
  }
}

/** The instant from which the next incremental run must read: nothing committed later can be older. */
export async function nextWatermark(store: Store): Promise<string> {
  const activity = store.kind === 'postgres'
    ? `least(now(), coalesce((select min(xact_start) from pg_stat_activity where xact_start is not null and pid <> pg_backend_pid()), now()))`
    : 'now()';
  const [row] = await store.query<{ micros: string }>(`select (extract(epoch from ${activity}) * 1000000)::bigint::text as micros`);
  return row.micros;
}
