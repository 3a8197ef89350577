import type { Dimension } from '../queries/scope.ts';
import type { Bilingual, FactInfo, Measure } from './measure.ts';
import type { Rate } from './rate.ts';

/**
 * What one analytics query serves: the measures it reports and the rates it computes from
 * them (dbt's metrics over semantic models). Its GraphQL row type, select lists, rates and
 * dictionary entries all come from here.
 */
export interface View<Ms extends readonly Measure[] = readonly Measure[], Rs extends readonly Rate[] = readonly Rate[]> extends Bilingual {
  /** The GraphQL query serving it. */
  query: string;
  /** Its GraphQL row type. */
  rowType: string;
  measures: Ms;
  rates: Rs;
  dimensions: readonly Dimension[];
  /** When set, rows are the groups this fact has (others' measures join onto them); else every group any fact has. */
  rowsFrom?: FactInfo;
}

type Plain<M> = M extends { unit: 'yuan' } ? string : number;
type MeasureValue<M> = M extends { nullable: true } ? Plain<M> | null : Plain<M>;

export type MeasureValues<Ms extends readonly Measure[]> = { [M in Ms[number] as M['name']]: MeasureValue<M> };

/** The measure and rate fields of a view's row, typed from the declaration. */
export type ViewValues<V extends View> =
  MeasureValues<V['measures']> &
  { [R in V['rates'][number] as R['name']]: number | null };

export function defineView<const Ms extends readonly Measure[], const Rs extends readonly Rate[]>(view: View<Ms, Rs>): View<Ms, Rs> {
  const missing = view.rates.flatMap((r) => [...r.numerator, ...r.denominator]).filter((m) => !view.measures.includes(m));
  if (missing.length) throw new Error(`view ${view.query}: rates use measures it does not list: ${missing.map((m) => m.name).join(', ')}`);
  return view;
}
