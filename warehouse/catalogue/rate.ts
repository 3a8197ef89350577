import type { Bilingual, Measure } from './measure.ts';

/**
 * A rate of domain.md §4: Σ numerator measures / Σ denominator measures of a group, null when
 * the denominator is 0 (never 0 and never 1). Its measures may come from different facts (the
 * per-officer intensity divides filing sums by officer counts).
 */
export interface Rate extends Bilingual {
  name: string;
  /** Where the spec defines it. */
  section: string;
  numerator: readonly Measure[];
  denominator: readonly Measure[];
  /** A reading of the spec worth stating next to the formula. */
  note?: Bilingual;
}

export function ratio<const N extends string>(name: N, spec: Omit<Rate, 'name'>): Rate & { name: N } {
  return { name, ...spec };
}

/** The ratio of sums; null on a zero denominator (domain.md §4). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

const total = (row: Record<string, unknown>, measures: readonly Measure[]) =>
  measures.reduce((s, m) => s + Number(row[m.name] ?? 0), 0);

export function rateOf(r: Rate, row: Record<string, unknown>): number | null {
  return rate(total(row, r.numerator), total(row, r.denominator));
}

export const rateFormula = (r: Rate): string => {
  const side = (ms: readonly Measure[]) => (ms.length > 1 ? `(${ms.map((m) => m.name).join(' + ')})` : ms[0].name);
  return `${side(r.numerator)} / ${side(r.denominator)}`;
};
