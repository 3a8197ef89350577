import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';
import { GraphQLBigInt, GraphQLDecimal, serializeDecimal } from '../schema/common/scalars.ts';
import { readRows } from '../warehouse/values.ts';

describe('scalars', () => {
  test('decimals serialize as JSON numbers only when the number round-trips exactly', () => {
    expect(serializeDecimal('1234.50')).toBe(1234.5);
    expect(serializeDecimal('0.10')).toBe(0.1);
    expect(serializeDecimal('999999999999.99')).toBe(999999999999.99);
    expect(serializeDecimal('12345678901234567.89')).toBe('12345678901234567.89');
    expect(serializeDecimal('-3')).toBe(-3);
    expect([serializeDecimal('3.00'), serializeDecimal('100'), serializeDecimal('100.0'), serializeDecimal('-0.50')]).toEqual([3, 100, 100, -0.5]);
    expect(() => GraphQLDecimal.serialize('1e5; drop table')).toThrow(/Decimal cannot represent/);
  });

  test('64-bit counts from DuckDB stay exact through BigInt', async () => {
    const duck = await DuckDBInstance.create(':memory:');
    const connection = await duck.connect();
    const [row] = readRows<{ small: number; huge: bigint; money: string; day: string }>(await connection.runAndReadAll(
      `select sum(x)::hugeint as small, (2::hugeint ** 62)::hugeint * 3 as huge,
              sum(12345678901234.56::decimal(16, 2)) as money, date '2024-02-29' as day from (values (1), (2)) t(x)`,
    ));
    connection.closeSync();
    duck.closeSync();
    expect(row.small).toBe(3);
    expect(row.huge).toBe(2n ** 62n * 3n);
    expect(GraphQLBigInt.serialize(row.huge)).toBe('13835058055282163712');
    expect(JSON.stringify({ v: GraphQLBigInt.serialize(row.small) })).toBe('{"v":3}');
    expect(row.money).toBe('24691357802469.12');
    expect(serializeDecimal(row.money)).toBe(24691357802469.12);
    expect(row.day).toBe('2024-02-29');
  });
});
