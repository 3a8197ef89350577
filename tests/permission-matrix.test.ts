import { beforeAll, expect, test } from 'vitest';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { describeWithCity } from './helpers/warehouse.ts';
import type { TestServer } from './helpers/server.ts';
import { ROLES, type Role } from '../server/auth/viewer.ts';
import { denialAudits } from '../server/auth/denial.ts';
import { MATRIX_CASES, prepareMatrixCity, TARGETS, type Outcome, type Target } from './helpers/matrix-cases.ts';

/**
 * Expected outcome of every operation for every role, on data inside the role's scope / outside it.
 * Scope: SUPERVISOR of 鄂城区 420704 (its agency …004E and the township agency under it), FILER of
 * agency …004E; "out" is 梁子湖区 420702 and its agency …002B. ok = answered in clear;
 * masked = answered with personal data masked; hidden = answered without the record (null, 0 rows);
 * denied = FORBIDDEN (signed-in role) or UNAUTHENTICATED (PUBLIC), audited as 'denied'.
 */
const MATRIX = `
  operation                  ADMIN   SUPERVISOR     FILER          ANALYST        LEADER         PUBLIC
  meta                       ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  enforcementDomains         ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  supervisionRates           ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  penaltyDiscretion          ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  discretionInconsistency    ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  rectificationProgress      ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  rectificationBurndown      ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  evaluationRanking          ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  workforce                  ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  enforcementCompliance      ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  metrics                    ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  complaintHandling          ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          hidden/hidden
  clueTransfers              ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  warnings                   ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  enforcementSignals         ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  evaluationScheme           ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          ok/ok
  etlRuns                    ok/ok   denied/denied  denied/denied  ok/ok          ok/ok          denied/denied
  regions                    ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  region                     ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  standards                  ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  standard                   ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  agencies                   ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  agency                     ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  officers                   ok/ok   ok/hidden      ok/hidden      masked/masked  masked/masked  denied/denied
  officer                    ok/ok   ok/hidden      ok/hidden      masked/masked  masked/masked  denied/denied
  powerItems                 ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  filings                    ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  filing                     ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  penaltyCases               ok/ok   ok/hidden      ok/hidden      masked/masked  masked/masked  denied/denied
  penaltyCase                ok/ok   ok/hidden      ok/hidden      masked/masked  masked/masked  denied/denied
  problems                   ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  problem                    ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  caseReviews                ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  caseReview                 ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  surveys                    ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  complaints                 ok/ok   ok/hidden      masked/hidden  masked/masked  masked/masked  denied/denied
  complaint                  ok/ok   ok/hidden      masked/hidden  masked/masked  masked/masked  denied/denied
  tasks                      ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  task                       ok/ok   ok/ok          ok/ok          ok/ok          ok/ok          denied/denied
  progressReports            ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  taskProgress               ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  clues                      ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  clue                       ok/ok   ok/hidden      ok/hidden      ok/ok          ok/ok          denied/denied
  auditEvents                ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  upsertRegion               ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  upsertAgency               ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  recordSurvey               ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  setEvaluationScheme        ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  upsertOfficer              ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  recordTraining             ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  recordAssessment           ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  recordPowerItem            ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  createOrUpdateFilingDraft  ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  submitFiling               ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  acceptFiling               ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  returnFiling               ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  recordPenaltyCase          ok/ok   denied/denied  ok/denied      denied/denied  denied/denied  denied/denied
  recordStandard             ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  recordCaseReview           ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  recordComplaint            ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  updateComplaintStatus      ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  recordTask                 ok/ok   denied/denied  denied/denied  denied/denied  denied/denied  denied/denied
  submitProgressReport       ok/ok   ok/denied      ok/denied      denied/denied  denied/denied  denied/denied
  createClue                 ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  advanceClue                ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  createProblem              ok/ok   ok/denied      ok/denied      denied/denied  denied/denied  denied/denied
  createProblemFromSignal    ok/ok   ok/denied      denied/denied  denied/denied  denied/denied  denied/denied
  addProblemStatusEvent      ok/ok   ok/denied      ok/denied      denied/denied  denied/denied  denied/denied
`;

type Expected = Record<string, Record<Role, { in: Outcome; out: Outcome }>>;

function parseMatrix(text: string): Expected {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const roles = header.slice(1) as Role[];
  return Object.fromEntries(rows.map(([operation, ...cells]) => [operation, Object.fromEntries(cells.map((cell, i) => {
    const [inScope, outOfScope] = cell.split('/') as Outcome[];
    return [roles[i], { in: inScope, out: outOfScope }];
  }))])) as Expected;
}

const EXPECTED = parseMatrix(MATRIX);

async function outcomeOf(server: TestServer, operation: string, target: Target, token: string | null): Promise<Outcome | string> {
  const spec = MATRIX_CASES[operation];
  await spec.prepare?.(server.app.services.store, target);
  const { body } = await server.post(spec.document, spec.variables(target), token);
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return 'denied';
  if (code) return `error ${code}: ${body.errors?.[0]?.message}`;
  const result = body.data?.[operation];
  if (spec.rows(result) === 0) return 'hidden';
  const personal = spec.personal?.(result);
  return personal?.includes('*') ? 'masked' : 'ok';
}

describeWithCity('permission matrix', prepareMatrixCity, (city) => {
  const tokens = {} as Record<Role, string | null>;
  beforeAll(async () => {
    const server = city().server;
    tokens.ADMIN = await server.token({ role: 'ADMIN', subject: 'matrix-admin' });
    tokens.SUPERVISOR = await server.token({ role: 'SUPERVISOR', regionCode: TARGETS.in.region });
    tokens.FILER = await server.token({ role: 'FILER', agencyCode: TARGETS.in.agency });
    tokens.ANALYST = await server.token({ role: 'ANALYST' });
    tokens.LEADER = await server.token({ role: 'LEADER' });
    tokens.PUBLIC = null;
  });

  test('the matrix names every query and mutation of the schema, and each has a case', async () => {
    const { data } = (await city().server.post<IntrospectionQuery>(getIntrospectionQuery())).body;
    const roots = data!.__schema.types.filter((t) => t.name === 'Query' || t.name === 'Mutation');
    const operations = roots.flatMap((t) => ('fields' in t && t.fields ? t.fields.map((f) => f.name) : [])).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(operations);
    expect(Object.keys(MATRIX_CASES).sort()).toEqual(operations);
  });

  test('every role × operation × in-scope and out-of-scope data gets the outcome in the table, and every denial is audited', async () => {
    const server = city().server;
    const denialsBefore = await countDenials(server);
    const actual: Expected = {};
    let denied = 0;
    for (const operation of Object.keys(EXPECTED)) {
      actual[operation] = {} as Expected[string];
      for (const role of ROLES) {
        const inScope = await outcomeOf(server, operation, TARGETS.in, tokens[role]);
        const outOfScope = await outcomeOf(server, operation, TARGETS.out, tokens[role]);
        actual[operation][role] = { in: inScope as Outcome, out: outOfScope as Outcome };
        denied += Number(inScope === 'denied') + Number(outOfScope === 'denied');
      }
    }
    expect(actual).toEqual(EXPECTED);
    expect(await countDenials(server) - denialsBefore).toBe(denied);
  });
});

/** Denials audited: repeated ones of a caller and reason are one event with their count (server/auth/denial-limit.ts). */
async function countDenials(server: TestServer): Promise<number> {
  await denialAudits(server.app.services.store).flush();
  const [row] = await server.app.services.store.query<{ n: number }>(`select coalesce(sum((after->>'count')::int), 0)::int as n from audit_events where action = 'denied'`);
  return row.n;
}
