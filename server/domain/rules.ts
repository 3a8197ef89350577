/**
 * Thresholds of domain.md that the operational side (TypeScript) and the warehouse (SQL,
 * through the macros of warehouse/models/rule-macros.ts) both apply: each is written here once.
 */

/** A quarter's filing is due on this day of the month after the quarter (§3). */
export const FILING_DUE_DAY = 15;

/** A penalty decision is disclosed on time within this many working days (§4.8). */
export const DISCLOSURE_WORKING_DAYS = 7;

/** Training hours of each type (BUSINESS, LEGAL) an officer needs in a year (§4.7). */
export const TRAINING_HOURS_REQUIRED = 30;

/** The Monday that working days are counted from; any Monday would do. */
export const WORKING_DAY_EPOCH = '1970-01-05';

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;

/** Mon–Fri days from the epoch Monday through `isoDate`: 5 per whole week, then at most 5 of the rest. */
function weekdaysThrough(isoDate: string): number {
  const days = dayNumber(isoDate) - dayNumber(WORKING_DAY_EPOCH) + 1;
  const weeks = Math.floor(days / 7);
  return 5 * weeks + Math.min(days - 7 * weeks, 5);
}

/** Working days (Mon–Fri; public holidays are not modelled) after `from`, up to and including `to`. */
export function workingDaysAfter(from: string, to: string): number {
  return weekdaysThrough(to) - weekdaysThrough(from);
}

/** §4.8: disclosed within DISCLOSURE_WORKING_DAYS working days of the decision; never when not disclosed. */
export function disclosedOnTime(decidedOn: string, disclosedOn: string | null): boolean {
  return disclosedOn !== null && workingDaysAfter(decidedOn, disclosedOn) <= DISCLOSURE_WORKING_DAYS;
}
