import type { DomainCode } from '../../../domain/domains.ts';
import type { PartyType } from '../../../domain/enums.ts';
import { addDays, DEMO_AS_OF } from './dates.ts';
import { yearsIn } from './profiles.ts';
import type { Decision } from './discretion.ts';
import type { Random } from './prng.ts';

/** How a case went through the 三项制度 and the other reforms of the plan. */
export interface CaseHandling {
  legalReview: boolean;
  disclosedOn: string | null;
  nonSite: boolean;
  enterpriseImpactAssessed: boolean;
  /** null: the agency did not say (unknown). */
  fullProcessRecorded: boolean | null;
}

/** Most decisions are disclosed within a week of calendar days (行政执法公示), which is always on time. */
const DISCLOSURE_DAYS = 7;

/** 非现场执法 (cameras, online monitoring) grows fastest in transport and urban management. */
const NON_SITE_BASE: Partial<Record<DomainCode, number>> = { TRANSPORT: 0.2, URBAN_MANAGEMENT: 0.1, ECO_ENVIRONMENT: 0.05 };

function disclosure(decidedOn: string, rng: Random): string | null {
  const roll = rng.next();
  if (roll < 0.02) return null;
  const date = addDays(decidedOn, roll < 0.07 ? rng.int(DISCLOSURE_DAYS + 1, 40) : rng.int(1, DISCLOSURE_DAYS));
  return date <= DEMO_AS_OF ? date : null;
}

/** 全过程记录: serious cases are recorded more often; some agencies leave it out (unknown). */
function fullProcessRecord(serious: boolean, t: number, rng: Random): boolean | null {
  if (rng.chance(0.12)) return null;
  return rng.chance((serious ? 0.85 : 0.6) + 0.05 * t);
}

export function caseHandling(domain: DomainCode, decidedOn: string, decision: Decision, partyType: PartyType, year: number, rng: Random): CaseHandling {
  const t = yearsIn(year);
  const serious = decision.band === 'SERIOUS' || decision.band === 'SEVERE';
  // 重大执法决定法制审核: serious cases and large fines.
  const reviewRate = serious ? 0.93 + 0.03 * t : decision.fineYuan >= 10_000 ? 0.7 : 0.03;
  const nonSiteRate = (NON_SITE_BASE[domain] ?? 0.01) * (1 + 0.5 * t);
  const impactRate = partyType !== 'ENTERPRISE' ? 0 : serious ? 0.3 + 0.28 * t : 0.05 + 0.1 * t;
  return {
    legalReview: rng.chance(reviewRate),
    disclosedOn: disclosure(decidedOn, rng),
    nonSite: rng.chance(nonSiteRate),
    enterpriseImpactAssessed: rng.chance(impactRate),
    fullProcessRecorded: fullProcessRecord(serious, t, rng),
  };
}
