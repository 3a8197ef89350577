import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';
import { filingDueDate } from '../server/domain/calendar.ts';
import { disclosedOnTime, workingDaysAfter } from '../server/domain/rules.ts';
import { RULE_MACROS } from '../warehouse/models/rule-macros.ts';
import { readRows } from '../warehouse/values.ts';

const day = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

describe('rules', () => {
  test('working days after a decision: weekends do not count', () => {
    expect(workingDaysAfter('2023-03-03', '2023-03-07')).toBe(2); // Friday → Tuesday: Monday, Tuesday
    expect(workingDaysAfter('2023-03-06', '2023-03-15')).toBe(4 + 3); // Monday → next Wednesday
    expect(workingDaysAfter('2023-03-06', '2023-03-16')).toBe(4 + 4); // … Thursday
    expect(workingDaysAfter('2023-03-04', '2023-03-05')).toBe(0); // Saturday → Sunday
    expect([disclosedOnTime('2023-03-06', '2023-03-15'), disclosedOnTime('2023-03-06', '2023-03-16'), disclosedOnTime('2023-03-06', null)])
      .toEqual([true, false, false]);
  });

  test('the warehouse macros give what the TypeScript rules give', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const duck = await instance.connect();
    try {
      await duck.run(RULE_MACROS);
      const pairs = Array.from({ length: 14 }, (_, i) => day('2023-12-25', i)).flatMap((from) => Array.from({ length: 20 }, (_, n) => [from, day(from, n)]));
      const values = pairs.map(([a, b]) => `(date '${a}', date '${b}')`).join(', ');
      const rows = readRows<{ days: number; onTime: boolean }>(await duck.runAndReadAll(
        `select working_days_after(a, b) as days, disclosed_on_time(a, b) as "onTime" from (values ${values}) t(a, b)`,
      ));
      expect(rows).toEqual(pairs.map(([a, b]) => ({ days: workingDaysAfter(a, b), onTime: disclosedOnTime(a, b) })));
      const due = readRows<{ due: string }>(await duck.runAndReadAll(
        `select filing_due_date(y, q)::varchar as due from range(2023, 2025) a(y), range(1, 5) b(q) order by y, q`,
      ));
      expect(due.map((d) => d.due)).toEqual([2023, 2024].flatMap((y) => [1, 2, 3, 4].map((q) => filingDueDate(y, q))));
    } finally {
      duck.closeSync();
      instance.closeSync();
    }
  });
});
