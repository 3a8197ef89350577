import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { agencies, progressReports, regions, tasks } from '../tables/index.ts';
import { scopeCondition } from '../../auth/policy.ts';
import type { TaskPhase } from '../../domain/enums.ts';
import { taskProgress, type HalfYear, type TaskProgress, type UnitInput } from '../../domain/tasks/task-progress.rules.ts';
import { unsupported, type Scope } from '../../../warehouse/queries/scope.ts';
import type { Reader } from '../repositories/repository.ts';
import { scopeWhere } from './warnings/warning-scope.ts';

const unitRegion = sql<string>`coalesce(${agencies.regionCode}, ${regions.code})`;
const unitName = sql<string | null>`coalesce(${agencies.name}, ${regions.name})`;
const unitScope = (scope: Scope) => scopeWhere(scope, { region: unitRegion, agency: agencies.code, domain: agencies.domains, domainIsArray: true });

/** The year and half-year are the arguments; a scope's years and quarters would say it twice. */
function checkArguments(at: HalfYear, scope: Scope): void {
  if (at.half !== 1 && at.half !== 2) throw unsupported('half', `${at.half} is not a half-year (1 or 2)`);
  if (scope.years?.length) throw unsupported('scope.years', 'taskProgress reads the year argument');
  if (scope.quarters?.length) throw unsupported('scope.quarters', 'progress reports are half-yearly');
}

/** Every report up to the half-year on the tasks, of the units in the viewer's row scope and the scope. */
async function reportsUpTo(r: Reader, at: HalfYear, scope: Scope, taskCodes: string[]) {
  const p = progressReports;
  return r.store.db.select({
    unitCode: p.unitCode, taskCode: p.taskCode, year: p.year, half: p.half, progress: p.progress, status: p.status,
    submittedAt: p.submittedAt, name: unitName,
  }).from(p)
    .leftJoin(agencies, eq(agencies.code, p.unitCode))
    .leftJoin(regions, eq(regions.code, p.unitCode))
    .where(and(
      scopeCondition(r.viewer, 'progressReport'), ...unitScope(scope), inArray(p.taskCode, taskCodes),
      sql`${p.year} * 2 + ${p.half} <= ${at.year * 2 + at.half}`,
    ));
}

/**
 * The tasks' lead units that are an agency's or a region's code, within the viewer's row scope
 * and the scope. They are read under the name progress_reports, so that the one row scope of
 * progress reports (auth/owners.ts: the unit's code) applies to them as it stands.
 */
async function leadUnits(r: Reader, scope: Scope, taskCodes: string[]) {
  const db = r.store.db;
  const leads = db.$with('progress_reports').as(
    db.select({ unitCode: sql<string>`${tasks.leadUnit}`.as('unit_code'), taskCode: tasks.taskCode }).from(tasks)
      .where(and(inArray(tasks.taskCode, taskCodes), isNotNull(tasks.leadUnit))),
  );
  return db.with(leads).select({ unitCode: leads.unitCode, taskCode: leads.taskCode, name: unitName }).from(leads)
    .leftJoin(agencies, eq(agencies.code, leads.unitCode))
    .leftJoin(regions, eq(regions.code, leads.unitCode))
    .where(and(or(isNotNull(agencies.code), isNotNull(regions.code)), scopeCondition(r.viewer, 'progressReport'), ...unitScope(scope)));
}

/**
 * The half-yearly progress of each task of the phases (all when none are given) in the
 * half-year, read from the operational store (a resubmission has replaced the earlier report),
 * within the viewer's row scope: a SUPERVISOR sees the units of its region, a FILER its agency.
 */
export async function taskProgressRows(r: Reader, at: HalfYear, scope: Scope | null | undefined, phases?: TaskPhase[] | null): Promise<TaskProgress[]> {
  const s = scope ?? {};
  checkArguments(at, s);
  const list = await r.store.db.select({
    taskCode: tasks.taskCode, title: tasks.title, section: tasks.section, phase: tasks.phase, leadUnit: tasks.leadUnit, deadline: tasks.deadline,
  }).from(tasks).where(and(scopeCondition(r.viewer, 'task'), phases?.length ? inArray(tasks.phase, phases) : undefined)).orderBy(asc(tasks.taskCode));
  if (!list.length) return [];
  const codes = list.map((t) => t.taskCode);
  const [reports, leads] = await Promise.all([reportsUpTo(r, at, s, codes), leadUnits(r, s, codes)]);
  return list.map((task) => {
    const mine = reports.filter((rep) => rep.taskCode === task.taskCode);
    const units = new Map<string, UnitInput>();
    for (const u of [...mine, ...leads.filter((l) => l.taskCode === task.taskCode)]) units.set(u.unitCode, { unitCode: u.unitCode, name: u.name });
    return taskProgress(task, [...units.values()], mine, at);
  });
}
