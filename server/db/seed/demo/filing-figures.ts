import type { FilingCountField } from '../../tables/index.ts';
import { clamp, type Random } from './prng.ts';
import { yearsIn } from './profiles.ts';
import type { DemoAgency } from './agencies.ts';
import type { QuarterCounts } from './tally.ts';

export type FilingFigures = Record<FilingCountField, number> & { finesTotalYuan: string };

const has = (agency: DemoAgency, ...domains: string[]) => agency.domains.some((d) => domains.includes(d));

/**
 * The figures of one agency-quarter. Penalty, fine, legal-review, disclosure, non-site and
 * complaint figures come from the generated rows (the tally); the rest are plausible numbers.
 */
export function filingFigures(agency: DemoAgency, year: number, counts: QuarterCounts, itemsTotal: number, volume: number, rng: Random): FilingFigures {
  const activity = (agency.casesPerYear * volume) / 4;
  const licensingCount = Math.round(activity * (agency.kind === 'DEPARTMENT' ? rng.uniform(0.8, 3.5) : rng.uniform(0, 0.4)));
  const inspectionsPlanned = Math.max(1, Math.round(activity * rng.uniform(0.15, 0.4)) + rng.int(2, 6));
  // Diligent agencies sometimes do more 双随机 checks than planned.
  const completion = clamp(rng.normal(agency.profile.inspectionDiligence + 0.03 * yearsIn(year), 0.08), 0.4, 1.3);
  const legalReviewsRequired = counts.legalReviews + rng.int(0, 3);
  const reconsiderations = Math.round(counts.cases * rng.uniform(0, 0.02));
  const litigations = Math.round(counts.cases * rng.uniform(0, 0.008));
  return {
    licensingCount,
    penaltyCount: counts.cases,
    compulsionCount: Math.round(counts.cases * rng.uniform(0.03, 0.15)),
    inspectionCount: inspectionsPlanned + Math.round(activity * rng.uniform(2, 5)),
    levyCount: has(agency, 'NATURAL_RESOURCES', 'ECO_ENVIRONMENT') ? rng.int(0, 8) : 0,
    confirmationCount: agency.kind === 'DEPARTMENT' ? Math.round(activity * rng.uniform(0, 0.5)) : 0,
    paymentCount: has(agency, 'LABOUR', 'MEDICAL_INSURANCE') ? Math.round(activity * rng.uniform(0.2, 1)) : 0,
    awardCount: rng.chance(0.3) ? rng.int(1, 3) : 0,
    rulingCount: has(agency, 'NATURAL_RESOURCES') ? rng.int(0, 2) : 0,
    otherCount: rng.int(0, 5),
    finesTotalYuan: counts.finesYuan.toFixed(2),
    inspectionsPlanned,
    inspectionsCompleted: Math.round(inspectionsPlanned * completion),
    itemsTotal,
    itemsExercised: Math.min(itemsTotal, Math.round(itemsTotal * (rng.uniform(0.25, 0.6) + 0.05 * yearsIn(year)))),
    legalReviewsRequired,
    legalReviewsDone: Math.max(0, legalReviewsRequired - (rng.chance(0.15 - 0.04 * yearsIn(year)) ? rng.int(1, 2) : 0)),
    disclosuresDue: counts.cases + licensingCount,
    disclosuresOnTime: counts.disclosedOnTime + Math.round(licensingCount * rng.uniform(0.93, 1)),
    reconsiderations,
    reconsiderationsOverturned: Math.round(reconsiderations * rng.uniform(0, 0.3)),
    litigations,
    litigationsLost: Math.round(litigations * rng.uniform(0, 0.35)),
    complaintsReceived: counts.complaintsReceived,
    complaintsResolved: counts.complaintsResolved,
    nonSiteCases: counts.nonSite,
  };
}
