import type { DemoAgency } from './agencies.ts';
import { ZONE_CODES } from './regions.ts';

/**
 * Deliberate holes, so that the efficiency ranking (效能评价) has incomplete entries to show:
 * agencies whose case files were not reviewed, or that were not surveyed, in a year; and a
 * zone with no survey at all (neither of the zone nor of its agencies) in its first year.
 */
const UNREVIEWED: Record<string, number[]> = { 'city-edu': [2023], '420703-health': [2022], 'city-culture': [2024] };
const UNSURVEYED_AGENCIES: Record<string, number[]> = { 'city-agri': [2023], '420702-eco': [2024] };
const UNSURVEYED_REGIONS: Record<string, number[]> = { [ZONE_CODES.linkong]: [2022] };

/** Copies made for larger scales share their template's gaps. */
const templateKey = (agency: DemoAgency) => agency.key.split('#')[0];

export const lacksReviews = (agency: DemoAgency, year: number) => UNREVIEWED[templateKey(agency)]?.includes(year) ?? false;

export const regionLacksSurveys = (regionCode: string, year: number) => UNSURVEYED_REGIONS[regionCode]?.includes(year) ?? false;

export const agencyLacksSurveys = (agency: DemoAgency, year: number) =>
  (UNSURVEYED_AGENCIES[templateKey(agency)]?.includes(year) ?? false) || regionLacksSurveys(agency.districtCode, year);
