import { desc, eq } from 'drizzle-orm';
import { problemEvents, problems } from '../tables/index.ts';
import { tableReferences } from '../references.ts';
import { parseProblemRow, problemDetailsOf, type ProblemDetails } from '../../domain/records/problems.ts';
import type { Db } from '../client.ts';
import { transitionProblem } from '../../domain/records/problem-transitions.ts';
import type { Problem, ProblemEvent } from '../../../schema/problems/problem.type.ts';
import type { ProblemFilter, ProblemOrderField } from '../../../schema/problems/problem.filter.ts';
import type { ProblemInput, ProblemStatusEventArgs } from '../../../schema/problems/problem.input.ts';
import { badInput, notFound } from '../../../schema/common/errors.ts';
import { agenciesOutsideRegion, outsideRegionReason } from '../queries/region-contains.ts';
import { regionRepository } from './region.repository.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, conflict, lockRow, validRecord } from './write.ts';

const p = problems;

export const problemRepository = repository<typeof problems, Problem, ProblemFilter, ProblemOrderField>({
  entity: 'problem',
  table: problems,
  key: [p.code],
  filters: {
    code: p.code, regionCode: p.regionCode, agencyCode: p.agencyCode, domain: p.domain, category: p.category,
    source: p.source, status: p.status, description: p.description, identifiedOn: p.identifiedOn, deadline: p.deadline,
    sourceSignal: p.sourceSignal,
  },
  orders: { CODE: p.code, REGION_CODE: p.regionCode, IDENTIFIED_ON: p.identifiedOn, DEADLINE: p.deadline, STATUS: p.status },
  typeName: 'Problem',
  references: [{ field: 'region', column: problems.regionCode, target: () => regionRepository.joinable }, { field: 'agency', column: problems.agencyCode, target: () => agencyRepository.joinable }],
});

/** Events are read through their problem, in history order (the key ends with seq). */
export const problemEventRepository = repository<typeof problemEvents, ProblemEvent, object, never>({
  entity: 'problemEvent', table: problemEvents, key: [problemEvents.problemCode, problemEvents.seq],
  filters: {}, orders: {}, typeName: 'ProblemEvent',
});

/** A problem's region contains its agency, or the district that sees the problem could not act on it. */
async function assertRegionContainsAgency(tx: Db, details: ProblemDetails): Promise<void> {
  if (!details.agencyCode) return;
  const pair = { regionCode: details.regionCode, agencyCode: details.agencyCode };
  if ((await agenciesOutsideRegion(tx, [pair])).size) throw badInput([{ field: 'regionCode', reason: outsideRegionReason(pair) }]);
}

/** A new problem with its first event, IDENTIFIED on identifiedOn; `sourceSignal` when raised from a pattern signal. */
export function createProblem(r: Reader, input: ProblemInput, sourceSignal: string | null = null): Promise<Problem> {
  return audited(r, 'problem', 'create', async (tx, scope) => {
    await scope.claim({ agencyCode: input.agencyCode, regionCode: input.regionCode }, input.problemCode);
    const raw = { ...input, status: 'IDENTIFIED', statusOn: input.identifiedOn };
    const record = await validRecord(tx, parseProblemRow, raw, tableReferences(p));
    const details = problemDetailsOf(record)!;
    await assertRegionContainsAgency(tx, details);
    const existing = await lockRow(tx, p, eq(p.code, record.problemCode));
    if (existing) {
      await scope.claim(existing, record.problemCode);
      conflict(`problem ${record.problemCode} already exists`);
    }
    const raised = sourceSignal && await lockRow(tx, p, eq(p.sourceSignal, sourceSignal));
    if (raised) conflict(`signal ${sourceSignal} is already problem ${raised.code}`);
    const [after] = await tx.insert(p).values({ code: record.problemCode, ...details, status: 'IDENTIFIED', sourceSignal }).returning();
    await tx.insert(problemEvents).values({ problemCode: record.problemCode, seq: 1, status: 'IDENTIFIED', statusOn: details.identifiedOn, note: record.note });
    return { entityKey: record.problemCode, before: null, after };
  }).then((row) => problemRepository.present(r.viewer, row));
}

/** Appends a status event when the status machine allows it (otherwise CONFLICT) and moves the problem's status. */
export function addProblemStatusEvent(r: Reader, args: ProblemStatusEventArgs): Promise<Problem> {
  return audited(r, 'problem', 'addStatusEvent', async (tx, scope) => {
    const record = await validRecord(tx, parseProblemRow, { ...args });
    const before = await scope.found(await lockRow(tx, p, eq(p.code, record.problemCode)), record.problemCode, () => { throw notFound('problem', record.problemCode); });
    const refused = transitionProblem(before.status, record.status);
    if (refused) conflict(refused);
    const [last] = await tx.select().from(problemEvents).where(eq(problemEvents.problemCode, before.code))
      .orderBy(desc(problemEvents.seq)).limit(1);
    const earliest = last?.statusOn ?? before.identifiedOn;
    if (record.statusOn < earliest) throw badInput([{ field: 'statusOn', reason: `must not be before ${earliest}, the previous event` }]);
    await tx.insert(problemEvents).values({ problemCode: before.code, seq: (last?.seq ?? 0) + 1, status: record.status, statusOn: record.statusOn, note: record.note });
    const [after] = await tx.update(p).set({ status: record.status }).where(eq(p.code, before.code)).returning();
    return { entityKey: before.code, before, after };
  }).then((row) => problemRepository.present(r.viewer, row));
}
