import type { Store } from '../../server/db/client.ts';
import type { Target } from './matrix-city.ts';

import { signalOf } from './matrix-city.ts';

export { prepareMatrixCity, TARGETS, type Target } from './matrix-city.ts';

export type Outcome = 'ok' | 'masked' | 'hidden' | 'denied';

/** How the permission matrix calls one operation on a target, and reads the answer. */
export interface MatrixCase {
  document: string;
  variables(t: Target): Record<string, unknown>;
  /** Records in the answer: 0 reads as 'hidden'. */
  rows(result: any): number;
  /** A personal-data value of the answer, to tell 'masked' from 'ok'. */
  personal?(result: any): string | null | undefined;
  /** Puts the target back in the state the mutation starts from, before each call. */
  prepare?(store: Store, t: Target): Promise<void>;
}

const aggregate = (document: string, variables: Record<string, unknown> = {}): MatrixCase =>
  ({ document, variables: () => variables, rows: () => 1 });
const connection = (document: string, variables: (t: Target) => Record<string, unknown>, personal?: MatrixCase['personal']): MatrixCase =>
  ({ document, variables, rows: (r) => r.totalCount, personal });
const lookup = (document: string, variables: (t: Target) => Record<string, unknown>, personal?: MatrixCase['personal']): MatrixCase =>
  ({ document, variables, rows: (r) => (r ? 1 : 0), personal });
const mutation = (document: string, variables: (t: Target) => Record<string, unknown>, prepare?: MatrixCase['prepare']): MatrixCase =>
  ({ document, variables, rows: () => 1, prepare });

const byAgency = (t: Target) => ({ filter: { agencyCode: { eq: t.agency } } });
const filingKey = (t: Target) => ({ agencyCode: t.agency, year: 2024, quarter: 1 });
const setFiling = (status: string) => async (store: Store, t: Target) => {
  await store.query(`delete from filings where agency_code = $1 and year = 2024 and quarter = 1`, [t.agency]);
  if (status) await store.query(`insert into filings (agency_code, year, quarter, status) values ($1, 2024, 1, $2)`, [t.agency, status]);
};
let problemSerial = 0;

export const MATRIX_CASES: Record<string, MatrixCase> = {
  meta: aggregate('{ meta { version } }'),
  enforcementDomains: aggregate('{ enforcementDomains { code } }'),
  supervisionRates: aggregate('{ supervisionRates(groupBy: [REGION]) { regionCode supervisionRate } }'),
  penaltyDiscretion: aggregate('{ penaltyDiscretion(groupBy: [YEAR]) { year cases } }'),
  discretionInconsistency: aggregate('{ discretionInconsistency(year: 2023, minCases: 1) { violationItemCode } }'),
  rectificationProgress: aggregate('{ rectificationProgress(asOf: "2023-12-31", groupBy: [REGION]) { regionCode total } }'),
  rectificationBurndown: aggregate('{ rectificationBurndown(from: "2023-01-01", to: "2023-12-31") { total } }'),
  evaluationRanking: aggregate('{ evaluationRanking(year: 2023, level: REGION) { regionCode rank } }'),
  workforce: aggregate('{ workforce(year: 2023) { trainingComplianceRate } }'),
  enforcementCompliance: aggregate('{ enforcementCompliance(groupBy: [REGION]) { regionCode disclosureRate } }'),
  metrics: aggregate('{ metrics { name } }'),
  // Row-scoped aggregates: the target agency's group is there or not; PUBLIC gets no cell of one complaint.
  complaintHandling: { document: 'query($a: String!) { complaintHandling(scope: { agencyCodes: [$a] }, groupBy: [AGENCY]) { agencyCode received } }',
    variables: (t) => ({ a: t.agency }), rows: (r) => r.length },
  clueTransfers: { document: 'query($a: String!) { clueTransfers(scope: { agencyCodes: [$a] }, groupBy: [AGENCY]) { agencyCode registered } }',
    variables: (t) => ({ a: t.agency }), rows: (r) => r.length },
  warnings: { document: 'query($a: String!) { warnings(asOf: "2023-01-01", scope: { agencyCodes: [$a], years: [2022] }, kinds: [FILING]) { subject } }',
    variables: (t) => ({ a: t.agency }), rows: (r) => r.length },
  enforcementSignals: aggregate('{ enforcementSignals(year: 2023) { kind agencyCode } }'),
  evaluationScheme: aggregate('{ evaluationScheme(year: 2023) { quality isDefault } }'),
  etlRuns: aggregate('{ etlRuns(first: 5) { status } }'),
  regions: connection('query($code: String!) { regions(filter: { code: { eq: $code } }) { totalCount } }', (t) => ({ code: t.region })),
  region: lookup('query($code: String!) { region(code: $code) { name } }', (t) => ({ code: t.region })),
  standards: connection('{ standards { totalCount } }', () => ({})),
  standard: lookup('{ standard(violationItemCode: "V1", band: GENERAL, on: "2023-06-01") { maxYuan } }', () => ({})),
  agencies: connection('query($code: String!) { agencies(filter: { code: { eq: $code } }) { totalCount } }', (t) => ({ code: t.agency })),
  agency: lookup('query($code: String!) { agency(code: $code) { name } }', (t) => ({ code: t.agency })),
  officers: connection('query($filter: OfficerFilter) { officers(filter: $filter) { totalCount nodes { name idNumber } } }', byAgency,
    (r) => r.nodes[0]?.name),
  officer: lookup('query($no: String!) { officer(officerNo: $no) { name idNumber phone } }', (t) => ({ no: t.officer }), (r) => r?.idNumber),
  powerItems: connection('query($filter: PowerItemFilter) { powerItems(filter: $filter) { totalCount } }', byAgency),
  filings: connection('query($filter: FilingFilter) { filings(filter: $filter) { totalCount } }', byAgency),
  filing: lookup('query($a: String!) { filing(agencyCode: $a, year: 2023, quarter: 1) { status } }', (t) => ({ a: t.agency })),
  penaltyCases: connection('query($filter: PenaltyCaseFilter) { penaltyCases(filter: $filter, orderBy: [{ field: CASE_NO, direction: ASC }]) { totalCount nodes { partyName partyIdNumber } } }',
    byAgency, (r) => r.nodes.find((n: { partyName: string | null }) => n.partyName)?.partyName),
  penaltyCase: lookup('query($a: String!, $c: String!) { penaltyCase(agencyCode: $a, caseNo: $c) { partyName partyIdNumber } }',
    (t) => ({ a: t.agency, c: t.caseNo }), (r) => r?.partyIdNumber),
  problems: connection('query($filter: ProblemFilter) { problems(filter: $filter) { totalCount } }', byAgency),
  problem: lookup('query($code: String!) { problem(code: $code) { status events { status } } }', (t) => ({ code: t.problem })),
  caseReviews: connection('query($filter: CaseReviewFilter) { caseReviews(filter: $filter) { totalCount } }', byAgency),
  caseReview: lookup('query($a: String!, $c: String!) { caseReview(agencyCode: $a, year: 2023, caseNo: $c) { score } }', (t) => ({ a: t.agency, c: t.reviewCaseNo })),
  surveys: connection('query($filter: SurveyFilter) { surveys(filter: $filter) { totalCount } }', byAgency),
  complaints: connection('query($filter: ComplaintFilter) { complaints(filter: $filter) { totalCount nodes { complainantName } } }', byAgency,
    (r) => r.nodes[0]?.complainantName),
  complaint: lookup('query($id: Int!) { complaint(id: $id) { complainantName complainantPhone } }', (t) => ({ id: t.complaintId }), (r) => r?.complainantPhone),
  tasks: connection('{ tasks { totalCount } }', () => ({})),
  task: lookup('{ task(taskCode: "MT-1") { title } }', () => ({})),
  progressReports: connection('query($u: String!) { progressReports(filter: { unitCode: { eq: $u } }) { totalCount nodes { task { title } } } }', (t) => ({ u: t.agency })),
  taskProgress: { document: 'query($a: String!) { taskProgress(year: 2023, half: 1, scope: { agencyCodes: [$a] }) { units { unitCode } } }',
    variables: (t) => ({ a: t.agency }), rows: (r) => r.flatMap((task: { units: unknown[] }) => task.units).length },
  clues: connection('query($filter: ClueFilter) { clues(filter: $filter) { totalCount nodes { steps { step } } } }', byAgency),
  clue: lookup('query($c: String!) { clue(clueCode: $c) { step steps { stepOn } } }', (t) => ({ c: t.clue })),
  auditEvents: aggregate('{ auditEvents(first: 1) { totalCount } }'),
  upsertRegion: mutation('mutation($input: RegionInput!) { upsertRegion(input: $input) { code } }',
    (t) => ({ input: { regionCode: t.region, name: t.regionName, parentCode: '420700', type: 'DISTRICT' } })),
  upsertAgency: mutation('mutation($input: AgencyInput!) { upsertAgency(input: $input) { code } }',
    (t) => ({ input: { agencyCode: t.agency, name: t.agencyName, regionCode: t.region, level: 'DISTRICT', kind: 'DEPARTMENT', domains: t.agencyDomains } })),
  recordSurvey: mutation('mutation($input: SurveyInput!) { recordSurvey(input: $input) { id } }',
    (t) => ({ input: { year: 2024, agencyCode: t.agency, respondentGroup: 'THIRD_PARTY', respondents: 10, score: '75' } })),
  setEvaluationScheme: mutation('mutation { setEvaluationScheme(year: 2030, quality: 0.5, supervision: 0.25, satisfaction: 0.25) { year } }', () => ({})),
  upsertOfficer: mutation('mutation($input: OfficerInput!) { upsertOfficer(input: $input) { officerNo } }',
    (t) => ({ input: { officerNo: t.officer, name: t.officer === 'O1' ? '刘一' : '张三', agencyCode: t.agency } })),
  recordTraining: mutation('mutation($input: TrainingInput!) { recordTraining(input: $input) { hours } }',
    (t) => ({ input: { officerNo: t.officer, year: 2024, type: 'LEGAL', hours: '12' } })),
  recordAssessment: mutation('mutation($input: AssessmentInput!) { recordAssessment(input: $input) { result } }',
    (t) => ({ input: { officerNo: t.officer, year: 2024, result: '称职', testScore: '86.5' } })),
  recordPowerItem: mutation('mutation($input: PowerItemInput!) { recordPowerItem(input: $input) { itemCode } }',
    (t) => ({ input: { agencyCode: t.agency, itemCode: 'MX-PI-1', name: '食品经营许可', domain: t.agencyDomains[0], actionType: '行政许可' } })),
  createOrUpdateFilingDraft: mutation('mutation($input: FilingInput!) { createOrUpdateFilingDraft(input: $input) { status } }',
    (t) => ({ input: { ...filingKey(t), itemsTotal: 3, itemsExercised: 2 } }), setFiling('')),
  submitFiling: mutation('mutation($agencyCode: String!, $year: Int!, $quarter: Int!) { submitFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }',
    filingKey, setFiling('DRAFT')),
  acceptFiling: mutation('mutation($agencyCode: String!, $year: Int!, $quarter: Int!) { acceptFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter) { status } }',
    filingKey, setFiling('SUBMITTED')),
  returnFiling: mutation('mutation($agencyCode: String!, $year: Int!, $quarter: Int!) { returnFiling(agencyCode: $agencyCode, year: $year, quarter: $quarter, reason: "数据有误") { status } }',
    filingKey, setFiling('SUBMITTED')),
  recordPenaltyCase: mutation('mutation($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo } }',
    (t) => ({ input: { agencyCode: t.agency, caseNo: 'MX-PC-1', decidedOn: '2024-03-01', violationItemCode: 'V1', band: 'GENERAL', fineYuan: '500' } })),
  recordStandard: mutation('mutation($input: StandardInput!) { recordStandard(input: $input) { maxYuan } }', () => ({ input: {
    violationItemCode: 'V-MX', band: 'GENERAL', validFrom: '2024-01-01', name: '未按规定公示', domain: 'FOOD_DRUG', minYuan: '0', maxYuan: '1000',
  } })),
  recordCaseReview: mutation('mutation($input: CaseReviewInput!) { recordCaseReview(input: $input) { score } }',
    (t) => ({ input: { agencyCode: t.agency, year: 2024, caseNo: 'MX-1', reviewer: '评查员', score: '85' } })),
  recordComplaint: mutation('mutation($input: ComplaintInput!) { recordComplaint(input: $input) { id } }',
    (t) => ({ input: { channel: 'ONLINE', receivedAt: '2024-02-01T10:00:00+08:00', agencyCode: t.agency, category: '执法程序' } })),
  updateComplaintStatus: mutation('mutation($id: Int!) { updateComplaintStatus(id: $id, status: HANDLING) { status } }',
    (t) => ({ id: t.complaintId }), async (store, t) => void (await store.query(`update complaints set status = 'RECEIVED' where id = $1`, [t.complaintId]))),
  recordTask: mutation('mutation { recordTask(input: { taskCode: "MT-2", title: "专项整治", phase: CAMPAIGN }) { taskCode } }', () => ({})),
  submitProgressReport: mutation('mutation($input: ProgressReportInput!) { submitProgressReport(input: $input) { progress } }',
    (t) => ({ input: { unitCode: t.agency, taskCode: 'MT-1', year: 2024, half: 1, progress: 30, status: 'IN_PROGRESS' } })),
  createClue: mutation('mutation($input: ClueInput!) { createClue(input: $input) { clueCode } }', (t) => ({ input: {
    clueCode: `MCX-${++problemSerial}`, source: 'SUPERVISION', agencyCode: t.agency, summary: '监督发现', registeredOn: '2024-01-05',
  } })),
  advanceClue: mutation('mutation($c: String!) { advanceClue(clueCode: $c, step: INVESTIGATING, stepOn: "2024-01-10") { step } }',
    (t) => ({ c: t.clue }), async (store, t) => {
      await store.query(`delete from clue_steps where clue_code = $1 and step <> 'REGISTERED'`, [t.clue]);
      await store.query(`update clues set step = 'REGISTERED' where clue_code = $1`, [t.clue]);
    }),
  createProblem: mutation('mutation($input: ProblemInput!) { createProblem(input: $input) { code } }', (t) => ({ input: {
    problemCode: `PX-${++problemSerial}`, regionCode: t.region, agencyCode: t.agency, domain: 'FOOD_DRUG', category: 'INACTION',
    description: '不作为', source: 'COMPLAINT', identifiedOn: '2024-01-05', deadline: '2024-06-30',
  } })),
  createProblemFromSignal: mutation('mutation($input: SignalProblemInput!) { createProblemFromSignal(input: $input) { code sourceSignal } }',
    (t) => ({ input: { signalId: signalOf(t), problemCode: `PS-${++problemSerial}`, deadline: '2024-06-30', identifiedOn: '2024-01-05' } }),
    async (store) => {
      await store.query(`delete from problem_events where problem_code in (select code from problems where source_signal is not null)`);
      await store.query(`delete from problems where source_signal is not null`);
    }),
  addProblemStatusEvent: mutation('mutation($code: String!) { addProblemStatusEvent(problemCode: $code, status: RECTIFYING, statusOn: "2024-01-10") { status } }',
    (t) => ({ code: t.movableProblem }), async (store, t) => {
      await store.query(`delete from problem_events where problem_code = $1 and seq > 1`, [t.movableProblem]);
      await store.query(`update problems set status = 'IDENTIFIED' where code = $1`, [t.movableProblem]);
    }),
};
