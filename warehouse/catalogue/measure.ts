import type { FactColumns } from '../queries/scope.ts';

/** A term in both languages: the Chinese term agencies use and the English text. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type MeasureKind = 'sum' | 'cappedSum' | 'count' | 'filteredCount' | 'mean' | 'quantile' | 'extreme';

/** How a measure is written down in a fact declaration, before it knows its name and fact. */
export interface MeasureSpec extends Bilingual {
  kind: MeasureKind;
  /** Aggregate SQL over the fact aliased `f`. */
  sql: string;
  /** The aggregate in words over the fact's columns, for the dictionary. */
  formula: string;
  /** Nullable measures (a mean over nothing) come back null; sums and counts never do. */
  nullable: boolean;
  /** count: an exact integer (BigInt); yuan: an exact decimal (Decimal); number: a double (Float). */
  unit: 'count' | 'yuan' | 'number';
}

/** A measure of a fact: a sum, a capped sum or a (filtered) count, aggregated per group. */
export interface Measure extends MeasureSpec {
  name: string;
  fact: FactInfo;
}

/** What a measure knows of its fact: where it lives and how it is scoped and grouped. */
export interface FactInfo extends Bilingual {
  name: string;
  table: string;
  grain: Bilingual;
  columns: FactColumns;
}

const term = (zh: string, en: string) => ({ zh, en });

type Exact = MeasureSpec & { nullable: false };

export const sum = (column: string, zh: string, en: string): Exact => ({
  ...term(zh, en), unit: 'count', kind: 'sum', sql: `coalesce(sum(f.${column}), 0)`, formula: `Σ ${column}`, nullable: false as const,
});

/** Σ min(column, cap): what is done never counts beyond what was due (§4.1, §4.8). */
export const cappedSum = (column: string, cap: string, zh: string, en: string): Exact => ({
  ...term(zh, en), unit: 'count', kind: 'cappedSum', sql: `coalesce(sum(least(f.${column}, f.${cap})), 0)`, formula: `Σ min(${column}, ${cap})`, nullable: false as const,
});

export const count = (zh: string, en: string): Exact => ({
  ...term(zh, en), unit: 'count', kind: 'count', sql: 'count(*)', formula: 'count of rows', nullable: false as const,
});

/** count(*) of the rows meeting `condition` (SQL over `f`). */
export const filteredCount = (condition: string, zh: string, en: string): Exact => ({
  ...term(zh, en), unit: 'count', kind: 'filteredCount', sql: `count(*) filter (where ${condition})`, formula: `count where ${condition.replaceAll('f.', '')}`, nullable: false as const,
});

/** The mean of `column` over the rows meeting `condition` (all rows without one); null over no row. */
export const mean = (column: string, condition: string | null, zh: string, en: string): MeasureSpec & { nullable: true } => ({
  ...term(zh, en), unit: 'number', kind: 'mean',
  sql: `avg(f.${column}::double)${condition ? ` filter (where ${condition})` : ''}`,
  formula: `mean of ${column}${condition ? ` where ${condition.replaceAll('f.', '')}` : ''}`, nullable: true as const,
});

/** Σ of a money column, exact (a decimal string). */
export const yuanSum = (column: string, zh: string, en: string): MeasureSpec & { nullable: false; unit: 'yuan' } => ({
  ...term(zh, en), unit: 'yuan', kind: 'sum', sql: `coalesce(sum(f.${column}), 0)`, formula: `Σ ${column}`, nullable: false as const,
});

/** The p-quantile of `column`, interpolated linearly (a spreadsheet's PERCENTILE.INC); null over no row. */
export const quantile = (column: string, p: number, zh: string, en: string): MeasureSpec & { nullable: true } => ({
  ...term(zh, en), unit: 'number', kind: 'quantile', sql: `quantile_cont(f.${column}::double, ${p})`, formula: `PERCENTILE.INC(${column}, ${p})`, nullable: true as const,
});

/** The smallest or largest value of a money column, exact; null over no row. */
export const extreme = (fn: 'min' | 'max', column: string, zh: string, en: string): MeasureSpec & { nullable: true; unit: 'yuan' } => ({
  ...term(zh, en), unit: 'yuan', kind: 'extreme', sql: `${fn}(f.${column})`, formula: `${fn}(${column})`, nullable: true as const,
});
