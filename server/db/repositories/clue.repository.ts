import { desc, eq } from 'drizzle-orm';
import { clueSteps, clues, complaints, problems } from '../tables/index.ts';
import { tableReferences } from '../references.ts';
import { clueStepRefusal } from '../../domain/records/clue-procedure.ts';
import { clueDetailsOf, parseClueRow } from '../../domain/records/clues.ts';
import type { Clue, ClueProcedureStep } from '../../../schema/clues/clue.type.ts';
import type { ClueFilter, ClueOrderField } from '../../../schema/clues/clue.filter.ts';
import type { ClueInput, ClueStepArgs } from '../../../schema/clues/clue.input.ts';
import { badInput } from '../../../schema/common/errors.ts';
import type { Db } from '../client.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, conflict, lockExisting, lockRow, validRecord } from './write.ts';

const c = clues;

export const clueRepository = repository<typeof clues, Clue, ClueFilter, ClueOrderField>({
  entity: 'clue',
  table: clues,
  key: [c.clueCode],
  filters: {
    clueCode: c.clueCode, agencyCode: c.agencyCode, source: c.source, complaintNo: c.complaintNo, problemCode: c.problemCode,
    summary: c.summary, step: c.step,
  },
  orders: { CLUE_CODE: c.clueCode, AGENCY_CODE: c.agencyCode, STEP: c.step },
  typeName: 'Clue',
  references: [{ field: 'agency', column: clues.agencyCode, target: () => agencyRepository.joinable }],
});

/** Steps are read through their clue, in procedure order (the key ends with the step). */
export const clueStepRepository = repository<typeof clueSteps, ClueProcedureStep, object, never>({
  entity: 'clueStep', table: clueSteps, key: [clueSteps.clueCode, clueSteps.step], filters: {}, orders: {}, typeName: 'ClueProcedureStep',
});

/** The agency of the complaint or problem a clue comes from, when the input names none. */
async function sourceAgency(tx: Db, input: ClueInput): Promise<string | null> {
  if (input.agencyCode) return input.agencyCode;
  if (input.source === 'COMPLAINT' && input.complaintNo) {
    const [row] = await tx.select({ agency: complaints.agencyCode }).from(complaints).where(eq(complaints.complaintNo, input.complaintNo));
    return row?.agency ?? null;
  }
  if (input.source === 'PROBLEM' && input.problemCode) {
    const [row] = await tx.select({ agency: problems.agencyCode }).from(problems).where(eq(problems.code, input.problemCode));
    return row?.agency ?? null;
  }
  return null;
}

/** A new clue from a complaint, a problem or a supervision finding, REGISTERED on registeredOn. */
export function createClue(r: Reader, input: ClueInput): Promise<Clue> {
  return audited(r, 'clue', 'create', async (tx) => {
    const raw = { ...input, agencyCode: await sourceAgency(tx, input), step: 'REGISTERED', stepOn: input.registeredOn };
    const record = await validRecord(tx, parseClueRow, raw, tableReferences(c));
    if (await lockRow(tx, c, eq(c.clueCode, record.clueCode))) conflict(`clue ${record.clueCode} already exists`);
    const [after] = await tx.insert(c).values({ clueCode: record.clueCode, ...clueDetailsOf(record)!, step: 'REGISTERED' }).returning();
    await tx.insert(clueSteps).values({ clueCode: record.clueCode, step: 'REGISTERED', stepOn: record.stepOn });
    return { entityKey: record.clueCode, before: null, after };
  }).then((row) => clueRepository.present(r.viewer, row));
}

/** Takes the clue's next step: a skipped or repeated step is a CONFLICT, a date before the previous step BAD_USER_INPUT. */
export function advanceClue(r: Reader, args: ClueStepArgs): Promise<Clue> {
  return audited(r, 'clue', 'advance', async (tx) => {
    const record = await validRecord(tx, parseClueRow, { ...args });
    const before = await lockExisting(tx, c, eq(c.clueCode, record.clueCode), 'clue', record.clueCode);
    const [last] = await tx.select().from(clueSteps).where(eq(clueSteps.clueCode, before.clueCode)).orderBy(desc(clueSteps.step)).limit(1);
    const refused = clueStepRefusal(before.step, last?.stepOn ?? null, record.step, record.stepOn);
    if (refused?.field === 'step') conflict(refused.reason);
    if (refused) throw badInput([refused]);
    const { receivingOrgan, documentNo, outcome } = record;
    await tx.insert(clueSteps).values({ clueCode: before.clueCode, step: record.step, stepOn: record.stepOn, receivingOrgan, documentNo, outcome });
    const [after] = await tx.update(c).set({ step: record.step }).where(eq(c.clueCode, before.clueCode)).returning();
    return { entityKey: before.clueCode, before, after: { ...after, stepOn: record.stepOn, receivingOrgan, documentNo, outcome } };
  }).then((row) => clueRepository.present(r.viewer, row));
}
