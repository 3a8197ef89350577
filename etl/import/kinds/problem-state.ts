import { asc, inArray } from 'drizzle-orm';
import { problemEvents, problems } from '../../../server/db/tables/index.ts';
import type { ProblemStatus } from '../../../server/domain/enums.ts';
import { PROBLEM_DETAIL_FIELDS, type ProblemDetails } from '../../../server/domain/records/problems.ts';
import type { Tx } from '../upsert.ts';

/** What the loader knows of one problem while a file is read: stored history plus accepted rows. */
export interface ProblemState {
  details: ProblemDetails | null;
  status: ProblemStatus | null;
  lastOn: string | null;
  seq: number;
  /** `status@statusOn` of every event, to skip events already recorded. */
  events: Set<string>;
}

export const eventKey = (status: string, statusOn: string) => `${status}@${statusOn}`;

export const detailsDiffer = (a: ProblemDetails | null, b: ProblemDetails) =>
  !a || PROBLEM_DETAIL_FIELDS.some((f) => a[f] !== b[f]);

/** Reads the stored details and event history of the given problems, in two queries. */
export async function loadProblemStates(tx: Tx, codes: string[]): Promise<Map<string, ProblemState>> {
  const states = new Map<string, ProblemState>(codes.map((c) => [c, { details: null, status: null, lastOn: null, seq: 0, events: new Set() }]));
  if (!codes.length) return states;
  for (const p of await tx.select().from(problems).where(inArray(problems.code, codes))) {
    const state = states.get(p.code)!;
    state.details = Object.fromEntries(PROBLEM_DETAIL_FIELDS.map((f) => [f, p[f]])) as ProblemDetails;
    state.status = p.status;
  }
  const events = await tx.select().from(problemEvents)
    .where(inArray(problemEvents.problemCode, codes)).orderBy(asc(problemEvents.problemCode), asc(problemEvents.seq));
  for (const e of events) {
    const state = states.get(e.problemCode)!;
    state.seq = e.seq;
    state.lastOn = state.lastOn && state.lastOn > e.statusOn ? state.lastOn : e.statusOn;
    state.events.add(eventKey(e.status, e.statusOn));
  }
  return states;
}
