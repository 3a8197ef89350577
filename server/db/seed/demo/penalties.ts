import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import { penaltyCases } from '../../tables/index.ts';
import { activeSpan, type DemoAgency } from './agencies.ts';
import { disclosedOnTime } from '../../../domain/rules.ts';
import { fromDayNumber, toDayNumber } from './dates.ts';
import { caseHandling } from './case-handling.ts';
import { decide, type Decision } from './discretion.ts';
import { partyFor } from './parties.ts';
import { yearsIn } from './profiles.ts';
import { regionByCode, TOWNSHIPS } from './regions.ts';
import { seedStep } from './step.ts';
import { itemsOfDomains, type ViolationItem } from './violation-items.ts';
import type { Random } from './prng.ts';
import type { World } from './world.ts';

/** 处罚决定书文号: unique within the agency, numbered in decision order each year. */
export const caseNumber = (agency: DemoAgency, year: number, seq: number) => `${agency.short}罚决〔${year}〕${seq}号`;

/** More enforcement is recorded on the platform each year. */
const YEAR_GROWTH = [1.15, 1.3, 1.4];

/** Decision dates: fewer around the Spring Festival (February) and at weekends. */
function decisionDates(from: string, to: string, count: number, rng: Random): string[] {
  const first = toDayNumber(from);
  const days = toDayNumber(to) - first + 1;
  const dates: string[] = [];
  while (dates.length < count) {
    const day = first + Math.floor(rng.next() * days);
    const date = fromDayNumber(day);
    const weekend = [0, 6].includes((day + 4) % 7);
    if ((weekend && rng.chance(0.85)) || (date.slice(5, 7) === '02' && rng.chance(0.45))) continue;
    dates.push(date);
  }
  return dates.sort();
}

/** Where OTHER parties (village committees …) are: the agency's township, or one of its district. */
export function townshipsNear(agency: DemoAgency): string[] {
  if (agency.level === 'TOWNSHIP') return [regionByCode(agency.regionCode).name];
  const local = TOWNSHIPS.filter((t) => t.parentCode === agency.districtCode);
  return (local.length > 0 ? local : TOWNSHIPS).map((t) => t.name);
}

function* agencyYearCases(world: World, agency: DemoAgency, year: number) {
  const span = activeSpan(agency, `${year}-01-01`, `${year}-12-31`);
  if (!span) return;
  const rng = world.rng.fork('penalties', agency.key, year);
  const activeShare = (toDayNumber(span.to) - toDayNumber(span.from) + 1) / 365;
  const count = Math.round(agency.casesPerYear * world.volume * YEAR_GROWTH[yearsIn(year)] * activeShare * rng.uniform(0.8, 1.2));
  // Each agency has its usual violations: a biased pick over its own ordering of the catalogue.
  const candidates = itemsOfDomains(agency.domains);
  const items = rng.sample(candidates, candidates.length);
  const townships = townshipsNear(agency);
  const dates = decisionDates(span.from, span.to, count, rng);
  for (let i = 0; i < dates.length; i++) {
    const decidedOn = dates[i];
    const item = items[Math.floor(items.length * rng.next() ** 1.7)];
    const decision = decide((band) => world.book.rangeOn(item.code, band, decidedOn), agency.profile, year, rng);
    yield caseRow(world, agency, caseNumber(agency, year, i + 1), decidedOn, item, decision, rng.pick(townships), rng);
  }
}

/** One case's row with its party and handling; counted in the tally the filings report. */
export function caseRow(world: World, agency: DemoAgency, caseNo: string, decidedOn: string, item: ViolationItem, decision: Decision, township: string, rng: Random) {
  const year = Number(decidedOn.slice(0, 4));
  const party = partyFor(item.domain, agency.districtCode, township, rng);
  const handling = caseHandling(item.domain, decidedOn, decision, party.partyType, year, rng);
  world.tally.add(agency.code, decidedOn, {
    cases: 1,
    finesYuan: decision.fineYuan,
    legalReviews: Number(handling.legalReview),
    disclosedOnTime: Number(disclosedOnTime(decidedOn, handling.disclosedOn)),
    nonSite: Number(handling.nonSite),
  });
  return {
    agencyCode: agency.code,
    caseNo,
    decidedOn,
    violationItemCode: item.code,
    ...party,
    ...decision,
    fineYuan: decision.fineYuan.toFixed(2),
    ...handling,
  };
}

/** 行政处罚案件, agency by agency and year by year; fills the tally the filings report. */
export const penaltyStep = seedStep(penaltyCases, function* (world: World) {
  for (const agency of world.agencies) {
    for (const year of PROGRAMME_YEARS) yield* agencyYearCases(world, agency, year);
  }
});
