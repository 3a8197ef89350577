import { SOURCES, type RawReference, type Source } from '../extract/sources.ts';

/** A data test: the query returns one row per break of its rule (none: it holds). */
export interface DataCheck {
  name: string;
  sql: string;
}

/**
 * Each key of a source reloaded whole is present and unique. An incremental source is merged by
 * key (each changed key is removed before its current version goes in), so its key holds by
 * construction, and checking it would read the whole of the largest raw table on every run.
 */
function keyCheck(source: Source): DataCheck {
  const key = source.key.join(', ');
  return {
    name: `${source.rawTable} (${key})`,
    sql: `select '${source.rawTable} (${key}) present and unique' as rule, concat_ws('/', ${key}) as key, count(*) as n
      from ${source.rawTable} group by ${key} having count(*) > 1 or ${source.key.map((k) => `${k} is null`).join(' or ')}`,
  };
}

/** Every code a raw row holds under a foreign key names a row of the target's raw table. */
function referenceCheck(source: Source, reference: RawReference): DataCheck {
  const { column, rawTable, targetColumn } = reference;
  if (!SOURCES.some((s) => s.rawTable === rawTable && s.columns.some((c) => c.name === targetColumn))) {
    throw new Error(`${source.rawTable}.${column} refers to ${rawTable}.${targetColumn}, which no source extracts; extract it or leave ${column} behind`);
  }
  const name = `${source.rawTable}.${column} → ${rawTable}.${targetColumn}`;
  return {
    name,
    sql: `select '${name}' as relation, min(r.${column}) as example, count(*) as n
      from ${source.rawTable} r left join ${rawTable} t on t.${targetColumn} = r.${column}
      where r.${column} is not null and t.${targetColumn} is null having count(*) > 0`,
  };
}

/** The raw layer's checks, derived from the sources: their keys and their tables' foreign keys. Run before the models. */
export const RAW_CHECKS: DataCheck[] = [
  ...SOURCES.filter((s) => !s.incremental).map(keyCheck),
  ...SOURCES.flatMap((s) => s.references.map((r) => referenceCheck(s, r))),
];
