/** DuckDB column types (information_schema data_type) and the PostgreSQL type that holds them exactly. */
const TYPES: [RegExp, string][] = [
  [/^VARCHAR$/, 'text'],
  [/^BOOLEAN$/, 'boolean'],
  [/^(TINYINT|SMALLINT|UTINYINT)$/, 'smallint'],
  [/^(INTEGER|USMALLINT)$/, 'integer'],
  [/^(BIGINT|UINTEGER)$/, 'bigint'],
  // DuckDB sums integers into 128 bits; numeric keeps every digit.
  [/^(HUGEINT|UBIGINT|UHUGEINT)$/, 'numeric'],
  [/^DECIMAL\(\d+,\d+\)$/, ''],
  [/^DOUBLE$/, 'double precision'],
  [/^FLOAT$/, 'real'],
  [/^DATE$/, 'date'],
  [/^TIMESTAMP$/, 'timestamp'],
  [/^TIMESTAMP WITH TIME ZONE$/, 'timestamptz'],
];

export function postgresType(duckType: string, where: string): string {
  const match = TYPES.find(([pattern]) => pattern.test(duckType));
  if (!match) throw new Error(`${where}: DuckDB type ${duckType} has no PostgreSQL counterpart in the BI publication`);
  return match[1] || duckType.replace('DECIMAL', 'numeric');
}
