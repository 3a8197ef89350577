import { AGENCY_TEMPLATES, type AgencyTemplate } from './agency-templates.ts';
import { agencyProfile, type Profile } from './profiles.ts';
import { CITY_CODE, regionByCode } from './regions.ts';
import { organBody, uscc } from './identifiers.ts';
import type { Random } from './prng.ts';
import { maxDate, minDate } from './dates.ts';

/** An agency as generated: its template, its USCC code and its behavioural profile. */
export interface DemoAgency extends AgencyTemplate {
  code: string;
  /** 1-based position among all generated agencies; numbers officers and problems. */
  serial: number;
  /** The district-level region it reports under (the city's own code for 市直). */
  districtCode: string;
  profile: Profile;
}

function districtOf(template: AgencyTemplate): string {
  if (template.level === 'CITY') return CITY_CODE;
  return template.level === 'TOWNSHIP' ? regionByCode(template.regionCode).parentCode! : template.regionCode;
}

/** Zones have no national division code, so their organs register under the city's. */
function registrationDivision(template: AgencyTemplate, districtCode: string): string {
  const division = template.level === 'TOWNSHIP' ? districtCode : template.regionCode;
  return regionByCode(division).type === 'ZONE' ? CITY_CODE : division;
}

/**
 * The agencies at a scale: `copies` times every template. Copies beyond the first stand for the
 * extra enforcement squads a larger city would have; they only exist for benchmarks.
 */
export function buildAgencies(copies: number, rng: Random): DemoAgency[] {
  const agencies: DemoAgency[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const template of AGENCY_TEMPLATES) {
      const own = rng.fork('agency', template.key, copy);
      const districtCode = districtOf(template);
      const serial = agencies.length + 1;
      agencies.push({
        ...template,
        key: copy === 0 ? template.key : `${template.key}#${copy + 1}`,
        name: copy === 0 ? template.name : `${template.name}（第${copy + 1}执法分队）`,
        code: uscc('11', registrationDivision(template, districtCode), organBody(serial, own)),
        serial,
        districtCode,
        profile: agencyProfile(districtCode, own),
      });
    }
  }
  return agencies;
}

/** The part of [from, to] in which the agency was active, or null when it was not. */
export function activeSpan(agency: DemoAgency, from: string, to: string): { from: string; to: string } | null {
  const start = maxDate(from, agency.activeFrom ?? from);
  const end = minDate(to, agency.activeTo ?? to);
  return start <= end ? { from: start, to: end } : null;
}
