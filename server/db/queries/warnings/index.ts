import { byUrgency, WARNING_KINDS, type Warning, type WarningKind } from '../../../domain/warnings/warning.rules.ts';
import type { Reader } from '../../repositories/repository.ts';
import { validateScope, type Scope } from '../../../../warehouse/queries/scope.ts';
import { regionGroups } from '../region-groups.ts';
import { filingWarnings } from './filing-warnings.ts';
import { problemWarnings } from './problem-warnings.ts';
import { progressWarnings } from './progress-warnings.ts';

type WarningSource = (r: Reader, asOf: string, scope: Scope) => Promise<Warning[]>;

const SOURCES: Record<WarningKind, WarningSource> = {
  FILING: filingWarnings,
  PROBLEM: problemWarnings,
  PROGRESS_REPORT: progressWarnings,
};

/** A warning as served: its region group and display label added. */
export interface WarningRecord extends Omit<Warning, 'ownRegionCode'> {
  regionCode: string;
  regionName: string | null;
  label: string;
}

/**
 * The early warnings (预警, domain.md §4.9) as of `asOf`, read from the operational store (a
 * SUBMITTED filing counts as filed; the warehouse holds only ACCEPTED ones) within the viewer's
 * row scope, most urgent first.
 */
export async function warningRows(r: Reader, asOf: string, scope: Scope | null | undefined, kinds?: WarningKind[] | null): Promise<WarningRecord[]> {
  const s = validateScope(scope);
  const wanted = kinds?.length ? WARNING_KINDS.filter((k) => kinds.includes(k)) : WARNING_KINDS;
  const found = (await Promise.all(wanted.map((k) => SOURCES[k](r, asOf, s)))).flat().sort(byUrgency);
  const groups = await regionGroups(r.store.db);
  return found.map(({ ownRegionCode, ...w }) => {
    const regionCode = groups.groupOf(ownRegionCode);
    const regionName = groups.nameOf(regionCode);
    return { ...w, regionCode, regionName, label: `${w.name ?? w.agencyCode ?? w.unitCode ?? regionName} · ${w.subject}` };
  });
}
