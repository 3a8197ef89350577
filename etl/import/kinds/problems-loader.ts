import { tableReferences } from '../../../server/db/references.ts';
import { problemEvents, problems } from '../../../server/db/tables/index.ts';
import { transitionProblem } from '../../../server/domain/records/problem-transitions.ts';
import { PROBLEM_DETAIL_FIELDS, problemDetailsOf, type ProblemEventRecord } from '../../../server/domain/records/problems.ts';
import { agenciesOutsideRegion, outsideRegionReason, regionAgencyKey } from '../../../server/db/queries/region-contains.ts';
import { upsertRows, type Row } from '../upsert.ts';
import { detailsDiffer, eventKey, loadProblemStates, type ProblemState } from './problem-state.ts';
import type { LoaderFactory, ValidRow, WriteOutcome } from './loader.ts';

const REQUIRED_DETAILS = PROBLEM_DETAIL_FIELDS.filter((f) => f !== 'agencyCode').join(', ');

/**
 * Problems: each row is a status event, applied in file order to the problem's stored history.
 * Counts: inserted = events appended; updated = known events whose row changed the problem's
 * details; unchanged = events already recorded.
 */
export const problemsLoader: LoaderFactory<ProblemEventRecord> = ({ tx, actor }) => {
  const states = new Map<string, ProblemState>();

  /** Why the row's event cannot be appended, as [field, reason], or null. */
  function refusal(state: ProblemState, r: ProblemEventRecord): [string, string] | null {
    const details = problemDetailsOf(r) ?? state.details;
    if (!details) return ['identifiedOn', `problem ${r.problemCode} is not recorded yet: its first row must give ${REQUIRED_DETAILS}`];
    const transition = transitionProblem(state.status, r.status);
    if (transition) return ['status', transition];
    if (r.statusOn < details.identifiedOn) return ['statusOn', `is before the problem was identified (${details.identifiedOn})`];
    if (state.lastOn && r.statusOn < state.lastOn) return ['statusOn', `is before the problem's previous event (${state.lastOn}); give events in date order`];
    return null;
  }

  return {
    refusesWhileWriting: true,
    references: tableReferences(problems),
    async write(rows: ValidRow<ProblemEventRecord>[]) {
      const unseen = [...new Set(rows.map((r) => r.record.problemCode))].filter((c) => !states.has(c));
      for (const [code, state] of await loadProblemStates(tx, unseen)) states.set(code, state);
      const outside = await agenciesOutsideRegion(tx, rows.flatMap(({ record: r }) => (r.agencyCode && r.regionCode ? [{ regionCode: r.regionCode, agencyCode: r.agencyCode }] : [])));
      const outcome: WriteOutcome = { inserted: 0, updated: 0, unchanged: 0, rejects: [] };
      const touched = new Set<string>();
      const events: Row[] = [];
      for (const { row, record: r } of rows) {
        const state = states.get(r.problemCode)!;
        const details = problemDetailsOf(r);
        if (details?.agencyCode && outside.has(regionAgencyKey({ regionCode: details.regionCode, agencyCode: details.agencyCode }))) {
          outcome.rejects.push({ row, field: 'regionCode', reason: outsideRegionReason({ regionCode: details.regionCode, agencyCode: details.agencyCode }) });
          continue;
        }
        if (state.events.has(eventKey(r.status, r.statusOn))) {
          const changes = details !== null && detailsDiffer(state.details, details);
          if (changes) {
            state.details = details;
            touched.add(r.problemCode);
          }
          outcome[changes ? 'updated' : 'unchanged'] += 1;
          continue;
        }
        const refused = refusal(state, r);
        if (refused) {
          outcome.rejects.push({ row, field: refused[0], reason: refused[1] });
          continue;
        }
        state.details = details ?? state.details;
        state.status = r.status;
        state.lastOn = r.statusOn;
        state.seq += 1;
        state.events.add(eventKey(r.status, r.statusOn));
        events.push({ problemCode: r.problemCode, seq: state.seq, status: r.status, statusOn: r.statusOn, note: r.note });
        touched.add(r.problemCode);
        outcome.inserted += 1;
      }
      const problemRows = [...touched].map((code) => ({ code, ...states.get(code)!.details, status: states.get(code)!.status }));
      await upsertRows(tx, { table: problems, entity: 'problem', key: ['code'] }, problemRows, actor);
      await upsertRows(tx, { table: problemEvents, entity: 'problemEvent', key: ['problemCode', 'seq'] }, events, actor);
      return outcome;
    },
  };
};
