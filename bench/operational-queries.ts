/**
 * The three operational queries, written once per server so that each returns the same
 * records with the same fields: PostGraphile's default inflection (allAgencies,
 * …ByAgencyCode) and, lacking a filter plugin, the region → agencies → filings path.
 */
export interface QueryParams {
  agencyCode: string;
  regionCode: string;
  year: number;
  quarter: number;
}

export type Server = 'ours' | 'postgraphile' | 'baseline';

const FILING = 'agencyCode year quarter status submittedAt finesTotalYuan inspectionsPlanned inspectionsCompleted';
const PAGE = 50;

export const OPERATIONAL_QUERIES: Array<{ name: string; query: Record<Server, string> }> = [
  {
    name: `agencies page (${PAGE}) + region + filings`,
    query: {
      ours: `{ agencies(first: ${PAGE}) { nodes { code name level region { code name } filings { ${FILING} } } } }`,
      postgraphile: `{ allAgencies(first: ${PAGE}, orderBy: CODE_ASC) { nodes { code name level regionByRegionCode { code name }
        filingsByAgencyCode(orderBy: [YEAR_ASC, QUARTER_ASC]) { nodes { ${FILING} } } } } }`,
      baseline: `{ agencies(first: ${PAGE}) { nodes { code name level region { code name } filings { ${FILING} } } } }`,
    },
  },
  {
    name: 'one filing by key + agency',
    query: {
      ours: `query($agencyCode: String!, $year: Int!, $quarter: Int!) { filing(agencyCode: $agencyCode, year: $year, quarter: $quarter) {
        ${FILING} agency { code name regionCode } } }`,
      postgraphile: `query($agencyCode: String!, $year: Int!, $quarter: Int!) {
        filingByAgencyCodeAndYearAndQuarter(agencyCode: $agencyCode, year: $year, quarter: $quarter) { ${FILING} agencyByAgencyCode { code name regionCode } } }`,
      baseline: `query($agencyCode: String!, $year: Int!, $quarter: Int!) { filing(agencyCode: $agencyCode, year: $year, quarter: $quarter) {
        ${FILING} agency { code name regionCode } } }`,
    },
  },
  {
    name: 'filings of a region and quarter',
    query: {
      ours: `query($regionCode: String!, $year: Int!, $quarter: Int!) { filings(first: 500, filter: {
        regionCode: { eq: $regionCode }, year: { eq: $year }, quarter: { eq: $quarter } }) { nodes { ${FILING} } } }`,
      postgraphile: `query($regionCode: String!, $year: Int!, $quarter: Int!) { regionByCode(code: $regionCode) {
        agenciesByRegionCode(orderBy: CODE_ASC) { nodes { filingsByAgencyCode(condition: { year: $year, quarter: $quarter }) { nodes { ${FILING} } } } } } }`,
      baseline: `query($regionCode: String!, $year: Int!, $quarter: Int!) { filings(regionCode: $regionCode, year: $year, quarter: $quarter, first: 500) {
        nodes { ${FILING} } } }`,
    },
  },
];

/** The filings each server returned, flattened and normalised, to check the queries are equivalent. */
export function filingsOf(data: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if ('inspectionsPlanned' in v) found.push(`${v.agencyCode}/${v.year}/${v.quarter}/${v.status}/${v.inspectionsPlanned}/${Number(v.finesTotalYuan)}`);
      Object.values(v).forEach(walk);
    }
  };
  walk(data);
  return found.sort();
}
