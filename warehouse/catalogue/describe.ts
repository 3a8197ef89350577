import type { Bilingual, Measure } from './measure.ts';
import { rateFormula, type Rate } from './rate.ts';

/** The one wording of a term in GraphQL descriptions, the dictionary and BI column comments. */
export const bilingual = (t: Bilingual): string => `${t.zh} — ${t.en}`;

export const measureDescription = (m: Measure): string => `${bilingual(m)}.`;

export function rateDescription(r: Rate): string {
  const note = r.note ? ` ${r.note.en}` : '';
  return `${bilingual(r)} (domain.md ${r.section}): ${rateFormula(r)}; null when the denominator is 0.${note}`;
}
