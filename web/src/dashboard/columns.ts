import { count, decimal, percent, type Count } from './format.ts';
import { labelOf, type WordKey } from './i18n.ts';
import { definitionTip, ratioTip } from './metrics.ts';
import type { Column } from './table.ts';

/** A row of a district or an agency, with the code that names it. */
export type Keyed = { regionCode: string | null; agencyCode: string | null; label: string; labelEn: string };

/** The columns the panels' tables share: each says how a kind of figure is shown, exported and explained on hover. */

export const nameColumn = <R extends Keyed>(agencies: boolean): Column<R> => ({ title: agencies ? 'agency' : 'region', value: labelOf, className: () => 'name' });

export const countColumn = <R>(title: WordKey, value: (r: R) => Count): Column<R> => ({ title, value, text: (r) => count(value(r)), numeric: true });

/** A figure with a fixed number of decimals (scores, yuan, days), its definition or another note on hover when given. */
export const decimalColumn = <R>(title: WordKey, value: (r: R) => number | null, digits: number, tip?: (r: R) => string | undefined): Column<R> =>
  ({ title, value, text: (r) => decimal(value(r), digits), numeric: true, tip });

/** A rate shown as a percentage, with the hover text given (its parts, or its definition). */
export const rateColumn = <R>(title: WordKey, rate: (r: R) => number | null, tip: (r: R) => string | undefined): Column<R> =>
  ({ title, value: rate, text: (r) => percent(rate(r)), tip, numeric: true });

/**
 * A ratio of the metric dictionary, titled by its metric name: the value as `format` shows it
 * (a percentage unless told), its numerator and denominator and its definition on hover.
 */
export const ratioColumn = <R>(metric: WordKey, value: (r: R) => number | null, numerator: (r: R) => [WordKey, Count], denominator: (r: R) => [WordKey, Count], format: (v: number | null) => string = percent): Column<R> =>
  ({ title: metric, value, text: (r) => format(value(r)), tip: (r) => ratioTip(metric, value(r), numerator(r), denominator(r), format), numeric: true });

/**
 * A median of days, titled by its metric name, with its definition on hover. One decimal: the
 * median of an even number of cases falls halfway between two whole days.
 */
export const daysColumn = <R>(metric: WordKey, value: (r: R) => number | null): Column<R> => decimalColumn(metric, value, 1, () => definitionTip(metric));
