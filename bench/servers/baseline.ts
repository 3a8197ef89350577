// The minimal baseline: graphql-js over node:http with hand-written SQL through pg — no
// framework, no auth, one SQL statement per root field (nested data built by json_agg).
import http from 'node:http';
import pg from 'pg';
import { buildSchema, graphql } from 'graphql';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const schema = buildSchema(`
  type Region { code: String! name: String! }
  type Agency { code: String! name: String! level: String! regionCode: String! region: Region filings: [Filing!]! }
  type Filing {
    agencyCode: String! year: Int! quarter: Int! status: String! submittedAt: String finesTotalYuan: String!
    inspectionsPlanned: Int! inspectionsCompleted: Int! agency: Agency
  }
  type AgencyPage { nodes: [Agency!]! }
  type FilingPage { nodes: [Filing!]! }
  type Query {
    agencies(first: Int!): AgencyPage!
    filing(agencyCode: String!, year: Int!, quarter: Int!): Filing
    filings(regionCode: String!, year: Int!, quarter: Int!, first: Int!): FilingPage!
  }
`);

const FILING_JSON = `json_build_object('agencyCode', f.agency_code, 'year', f.year, 'quarter', f.quarter, 'status', f.status,
  'submittedAt', f.submitted_at, 'finesTotalYuan', f.fines_total_yuan::text, 'inspectionsPlanned', f.inspections_planned,
  'inspectionsCompleted', f.inspections_completed)`;

const root = {
  async agencies({ first }: { first: number }) {
    const { rows } = await pool.query(`
      select a.code, a.name, a.level, a.region_code as "regionCode",
        json_build_object('code', r.code, 'name', r.name) as region,
        coalesce((select json_agg(${FILING_JSON} order by f.year, f.quarter) from filings f where f.agency_code = a.code), '[]') as filings
      from agencies a join regions r on r.code = a.region_code
      order by a.code limit $1`, [first]);
    return { nodes: rows };
  },
  async filing(key: { agencyCode: string; year: number; quarter: number }) {
    const { rows } = await pool.query(`
      select ${FILING_JSON}::jsonb || jsonb_build_object('agency', json_build_object('code', a.code, 'name', a.name, 'regionCode', a.region_code)) as filing
      from filings f join agencies a on a.code = f.agency_code
      where f.agency_code = $1 and f.year = $2 and f.quarter = $3`, [key.agencyCode, key.year, key.quarter]);
    return rows[0]?.filing ?? null;
  },
  async filings(args: { regionCode: string; year: number; quarter: number; first: number }) {
    const { rows } = await pool.query(`
      select ${FILING_JSON} as filing
      from filings f join agencies a on a.code = f.agency_code
      where a.region_code = $1 and f.year = $2 and f.quarter = $3
      order by f.agency_code limit $4`, [args.regionCode, args.year, args.quarter, args.first]);
    return { nodes: rows.map((r) => r.filing) };
  },
};

http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString() || '{}');
    const result = await graphql({ schema, source: query, rootValue: root, variableValues: variables });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
}).listen(Number(process.env.PORT));
