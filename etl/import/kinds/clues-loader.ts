import { tableReferences } from '../../../server/db/references.ts';
import { asc, inArray } from 'drizzle-orm';
import { clueSteps, clues } from '../../../server/db/tables/index.ts';
import type { ClueStep } from '../../../server/domain/enums.ts';
import { clueStepRefusal } from '../../../server/domain/records/clue-procedure.ts';
import { CLUE_DETAIL_FIELDS, clueDetailsOf, type ClueDetails, type ClueStepRecord } from '../../../server/domain/records/clues.ts';
import { upsertRows, type Row, type Tx } from '../upsert.ts';
import type { LoaderFactory, WriteOutcome } from './loader.ts';

/** What the loader knows of one clue while a file is read: stored procedure plus accepted rows. */
interface ClueState {
  details: ClueDetails | null;
  step: ClueStep | null;
  lastOn: string | null;
  /** The date of every step taken. */
  taken: Map<ClueStep, string>;
}

const detailsDiffer = (a: ClueDetails | null, b: ClueDetails) => !a || CLUE_DETAIL_FIELDS.some((f) => a[f] !== b[f]);

async function loadClueStates(tx: Tx, codes: string[]): Promise<Map<string, ClueState>> {
  const states = new Map<string, ClueState>(codes.map((c) => [c, { details: null, step: null, lastOn: null, taken: new Map() }]));
  if (!codes.length) return states;
  for (const c of await tx.select().from(clues).where(inArray(clues.clueCode, codes))) {
    states.get(c.clueCode)!.details = Object.fromEntries(CLUE_DETAIL_FIELDS.map((f) => [f, c[f]])) as ClueDetails;
  }
  const steps = await tx.select().from(clueSteps).where(inArray(clueSteps.clueCode, codes)).orderBy(asc(clueSteps.clueCode), asc(clueSteps.step));
  for (const s of steps) {
    const state = states.get(s.clueCode)!;
    state.step = s.step;
    state.lastOn = s.stepOn;
    state.taken.set(s.step, s.stepOn);
  }
  return states;
}

/**
 * Clue transfers: each row is a procedure step, applied in file order to the clue's stored
 * steps. Counts: inserted = steps appended; updated = known steps whose row changed the clue's
 * details; unchanged = steps already recorded.
 */
export const cluesLoader: LoaderFactory<ClueStepRecord> = ({ tx, actor }) => {
  const states = new Map<string, ClueState>();
  return {
    refusesWhileWriting: true,
    references: tableReferences(clues),
    async write(rows) {
      const unseen = [...new Set(rows.map((r) => r.record.clueCode))].filter((c) => !states.has(c));
      for (const [code, state] of await loadClueStates(tx, unseen)) states.set(code, state);
      const outcome: WriteOutcome = { inserted: 0, updated: 0, unchanged: 0, rejects: [] };
      const touched = new Set<string>();
      const steps: Row[] = [];
      for (const { row, record: r } of rows) {
        const state = states.get(r.clueCode)!;
        const details = clueDetailsOf(r);
        if (state.taken.get(r.step) === r.stepOn) {
          const changes = details !== null && detailsDiffer(state.details, details);
          if (changes) {
            state.details = details;
            touched.add(r.clueCode);
          }
          outcome[changes ? 'updated' : 'unchanged'] += 1;
          continue;
        }
        const refused = !details && !state.details
          ? { field: 'source', reason: `clue ${r.clueCode} is not recorded yet: its first row must give agencyCode, source and summary` }
          : clueStepRefusal(state.step, state.lastOn, r.step, r.stepOn);
        if (refused) {
          outcome.rejects.push({ row, ...refused });
          continue;
        }
        state.details = details ?? state.details;
        state.step = r.step;
        state.lastOn = r.stepOn;
        state.taken.set(r.step, r.stepOn);
        steps.push({ clueCode: r.clueCode, step: r.step, stepOn: r.stepOn, receivingOrgan: r.receivingOrgan, documentNo: r.documentNo, outcome: r.outcome });
        touched.add(r.clueCode);
        outcome.inserted += 1;
      }
      const clueRows = [...touched].map((code) => ({ clueCode: code, ...states.get(code)!.details, step: states.get(code)!.step }));
      await upsertRows(tx, { table: clues, entity: 'clue', key: ['clueCode'] }, clueRows, actor);
      await upsertRows(tx, { table: clueSteps, entity: 'clueStep', key: ['clueCode', 'step'] }, steps, actor);
      return outcome;
    },
  };
};
