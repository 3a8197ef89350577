import type { FactColumns } from '../queries/scope.ts';
import type { Bilingual, FactInfo, Measure, MeasureSpec } from './measure.ts';

export type Fact<M extends Record<string, MeasureSpec>> = FactInfo & { measures: { [K in keyof M & string]: Measure & M[K] & { name: K } } };

/**
 * A fact of the warehouse with its measures, each declared once here (Cube's `measures`, dbt's
 * semantic model): the select lists, row types, GraphQL fields and the dictionary read them.
 */
export function defineFact<const M extends Record<string, MeasureSpec>>(spec: Bilingual & {
  name: string;
  table: string;
  grain: Bilingual;
  columns: FactColumns;
  measures: M;
}): Fact<M> {
  const info: FactInfo = { name: spec.name, table: spec.table, zh: spec.zh, en: spec.en, grain: spec.grain, columns: spec.columns };
  const measures = Object.fromEntries(Object.entries(spec.measures).map(([name, m]) => [name, { ...m, name, fact: info }]));
  return { ...info, measures } as Fact<M>;
}
