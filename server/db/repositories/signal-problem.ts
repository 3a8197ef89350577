import { eq } from 'drizzle-orm';
import { agencies } from '../tables/index.ts';
import { cityDate } from '../../domain/calendar.ts';
import { parseSignalId } from '../../domain/signals/signal.rules.ts';
import { signalRows } from '../../../warehouse/queries/signals.ts';
import type { Warehouse } from '../../../warehouse/client.ts';
import type { SignalProblemInput } from '../../../schema/problems/signal-problem.input.ts';
import type { Problem } from '../../../schema/problems/problem.type.ts';
import type { DomainCode } from '../../domain/domains.ts';
import { notFound } from '../../../schema/common/errors.ts';
import { createProblem } from './problem.repository.ts';
import type { Reader } from './repository.ts';

/**
 * A problem-list item raised from a pattern signal, which must still be among its year's
 * signals in the warehouse. The problem records the signal (one problem per signal), names the
 * signal's agency and that agency's region, and is written, scope-checked and audited as
 * createProblem writes any problem.
 */
export async function createProblemFromSignal(r: Reader & { warehouse: Warehouse }, input: SignalProblemInput): Promise<Problem> {
  const key = parseSignalId(input.signalId);
  const signals = await signalRows(r.warehouse, key.year, { agencyCodes: [key.agencyCode] }, [key.kind], null);
  const signal = signals.find((s) => s.id === input.signalId);
  if (!signal) throw notFound('signal', input.signalId);
  const [agency] = await r.store.db.select({ regionCode: agencies.regionCode, domains: agencies.domains }).from(agencies).where(eq(agencies.code, key.agencyCode));
  if (!agency) throw notFound('agency', key.agencyCode);
  return createProblem(r, {
    problemCode: input.problemCode,
    regionCode: agency.regionCode,
    agencyCode: key.agencyCode,
    domain: input.domain ?? (signal.domainCode as DomainCode | null) ?? agency.domains[0],
    category: key.kind,
    description: input.description ?? signal.label,
    source: 'SUPERVISION',
    identifiedOn: input.identifiedOn ?? new Date(`${cityDate(new Date())}T00:00:00Z`),
    deadline: input.deadline,
    note: `raised from signal ${signal.id}`,
  }, signal.id);
}
