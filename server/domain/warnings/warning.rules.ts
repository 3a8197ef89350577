import { addDays, daysBetween } from '../calendar.ts';

/** Early warnings (预警, domain.md §4.9): what they are about and how serious. */
export const WARNING_KINDS = ['FILING', 'PROBLEM', 'PROGRESS_REPORT'] as const;
export const WARNING_LEVELS = ['YELLOW', 'RED'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** How far ahead a due date raises a yellow card: filings and progress reports a week, problem deadlines two weeks. */
export const WARNING_HORIZON_DAYS: Record<WarningKind, number> = { FILING: 7, PROBLEM: 14, PROGRESS_REPORT: 7 };

/** One yellow or red card, before the names of its agency and region are added. */
export interface Warning {
  kind: WarningKind;
  level: WarningLevel;
  /** The agency concerned (FILING, PROBLEM when it names one; PROGRESS_REPORT when the unit is an agency). */
  agencyCode: string | null;
  /** The reporting unit of a PROGRESS_REPORT warning: an agency or a region code. */
  unitCode: string | null;
  /** The name of that agency or unit. */
  name: string | null;
  /** The region the agency, unit or problem lies in (its group is looked up later). */
  ownRegionCode: string;
  subject: string;
  dueOn: string;
  daysOverdue: number;
}

/** The last due date a warning of `kind` as of `asOf` can have: asOf plus the kind's horizon. */
export const horizonOf = (kind: WarningKind, asOf: string) => addDays(asOf, WARNING_HORIZON_DAYS[kind]);

/** RED once the due date has passed, YELLOW while it is within the horizon, otherwise no warning. */
export function warningLevel(kind: WarningKind, dueOn: string, asOf: string): WarningLevel | null {
  if (dueOn < asOf) return 'RED';
  return dueOn <= horizonOf(kind, asOf) ? 'YELLOW' : null;
}

/** The warning for something due on `dueOn`, or null when it is not yet within the horizon. */
export function warningDue(kind: WarningKind, dueOn: string, asOf: string, about: Omit<Warning, 'kind' | 'level' | 'dueOn' | 'daysOverdue'>): Warning | null {
  const level = warningLevel(kind, dueOn, asOf);
  return level && { kind, level, dueOn, daysOverdue: daysBetween(dueOn, asOf), ...about };
}

const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** §4.9's order: RED first, then due date, agency or unit code (none last) and subject; kind breaks what remains. */
export function byUrgency(a: Warning, b: Warning): number {
  return (a.level === b.level ? 0 : a.level === 'RED' ? -1 : 1)
    || text(a.dueOn, b.dueOn)
    || text(a.agencyCode ?? a.unitCode, b.agencyCode ?? b.unitCode)
    || text(a.subject, b.subject)
    || WARNING_KINDS.indexOf(a.kind) - WARNING_KINDS.indexOf(b.kind);
}
