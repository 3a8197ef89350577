import type { DashboardYearsQuery } from '../__generated__/graphql.ts';
import { language, t, type WordKey } from './i18n.ts';
import { count, percent, type Count } from './format.ts';

/**
 * The metric dictionary (domain.md §4) as the API's `metrics` query serves it: the page keeps no
 * copy of its own. It arrives with the page's first request and is kept for the session, so a
 * reload or a redraw never asks for it again.
 */
type Metric = NonNullable<DashboardYearsQuery['metrics']>[number];

const KEY = 'eqp.metrics';
let dictionary = new Map<string, Metric>();

function remember(list: Metric[]): void {
  dictionary = new Map(list.map((m) => [m.name, m]));
}

/** True once the dictionary is known (from this page's request or earlier in the session). */
export function metricsKnown(): boolean {
  if (dictionary.size) return true;
  try {
    const kept = sessionStorage.getItem(KEY);
    if (kept) remember(JSON.parse(kept) as Metric[]);
  } catch {
    sessionStorage.removeItem(KEY);
  }
  return dictionary.size > 0;
}

export function learnMetrics(list: Metric[]): void {
  remember(list);
  sessionStorage.setItem(KEY, JSON.stringify(list));
}

/** A metric's name in the current language, as the dictionary gives it (the field name when it has none). */
export const metricTitle = (name: string): string => {
  const metric = dictionary.get(name);
  return metric ? (language() === 'zh' ? metric.titleZh : metric.titleEn) : name;
};

/** "title = formula", and the dictionary's reading of the spec when it has one; undefined for a metric it lacks. */
export function definition(name: string): string | undefined {
  const metric = dictionary.get(name);
  if (!metric) return undefined;
  const note = language() === 'zh' ? metric.noteZh : metric.noteEn;
  return `${metricTitle(name)} = ${metric.formula}${note ? `（${note}）` : ''}`;
}

const definitionLine = (name: string) => {
  const text = definition(name);
  return text === undefined ? [] : [`${t('definition')}: ${text}`];
};

/** The hover text of a figure with its definition only. */
export const definitionTip = (name: string): string | undefined => definitionLine(name)[0];

/** The hover text of a ratio: its value, numerator and denominator (with their names), and its definition. */
export function ratioTip(metric: string, value: number | null, numerator: [WordKey, Count], denominator: [WordKey, Count], format: (v: number | null) => string = percent): string {
  return [
    `${format(value)} = ${count(numerator[1])} / ${count(denominator[1])}`,
    `${t('numerator')}: ${t(numerator[0])} ${count(numerator[1])}`,
    `${t('denominator')}: ${t(denominator[0])} ${count(denominator[1])}`,
    ...definitionLine(metric),
  ].join('\n');
}

/** The hover text of a figure made of weighted parts: each part (with its weight when known) and the definition. */
export function partsTip(metric: string, parts: Array<{ name: WordKey; text: string; weight?: number }>): string {
  return [
    ...parts.map((p) => `${t(p.name)} ${p.text}${p.weight === undefined ? '' : ` × ${p.weight}`}`),
    ...definitionLine(metric),
  ].join('\n');
}
