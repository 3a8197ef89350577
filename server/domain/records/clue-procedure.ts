import { CLUE_STEPS, type ClueStep } from '../enums.ts';

/**
 * The procedure of a clue transfer (问题线索移送纪检监察): its steps in their one order, none
 * skipped, none repeated, each dated on or after the one before.
 */
export function nextClueStep(from: ClueStep | null): ClueStep | null {
  return from === null ? CLUE_STEPS[0] : CLUE_STEPS[CLUE_STEPS.indexOf(from) + 1] ?? null;
}

/** Why `to` on `on` cannot follow the clue's step `from` taken on `lastOn` (null: a clue not yet recorded), or null when it can. */
export function clueStepRefusal(from: ClueStep | null, lastOn: string | null, to: ClueStep, on: string): { field: 'step' | 'stepOn'; reason: string } | null {
  const next = nextClueStep(from);
  if (to !== next) {
    const now = from ? `a clue at ${from}` : 'a new clue';
    return { field: 'step', reason: next ? `${now} cannot go to ${to}; its next step is ${next} (no step is skipped)` : `${now} has completed its procedure` };
  }
  if (lastOn && on < lastOn) return { field: 'stepOn', reason: `is before the clue's previous step ${from} (${lastOn}); each step is dated on or after the one before` };
  return null;
}
