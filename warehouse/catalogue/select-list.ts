import type { Measure } from './measure.ts';

/** The aggregate select list of measures over a fact aliased `f`, each under its field name. */
export function selectList(measures: readonly Measure[]): string {
  return measures.map((m) => `${m.sql} as "${m.name}"`).join(',\n  ');
}
