import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, CITY, DISTRICTS, insertAgencies, insertRegions, TOWNSHIP } from './helpers/fixtures.ts';

const UpsertRegion = graphql(`mutation UpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { code name parent { code } } }`);
const UpsertAgency = graphql(`mutation UpsertAgency($input: AgencyInput!) { upsertAgency(input: $input) { code domains region { code } } }`);
const UpsertOfficer = graphql(`mutation UpsertOfficer($input: OfficerInput!) { upsertOfficer(input: $input) { officerNo name idNumber agency { code } } }`);
const RecordTraining = graphql(`mutation RecordTraining($input: TrainingInput!) { recordTraining(input: $input) { year type hours } }`);
const OfficerTraining = graphql(`query OfficerTraining($no: String!) { officer(officerNo: $no) { certificateStatus training(year: 2023) { type hours } assessments { year } } }`);
const RecordReview = graphql(`mutation RecordReview($input: CaseReviewInput!) { recordCaseReview(input: $input) { score grade } }`);
const Reviews = graphql(`query Reviews($grade: ReviewGrade!) { caseReviews(filter: { grade: { eq: $grade } }) { nodes { caseNo grade } } }`);
const RecordSurvey = graphql(`mutation RecordSurvey($input: SurveyInput!) { recordSurvey(input: $input) { id respondents score region { code } } }`);
const RecordComplaint = graphql(`mutation RecordComplaint($input: ComplaintInput!) { recordComplaint(input: $input) { id status complainantName } }`);
const MoveComplaint = graphql(`mutation MoveComplaint($id: Int!, $status: ComplaintStatus!) { updateComplaintStatus(id: $id, status: $status) { status transferredToDiscipline } }`);
const Trail = graphql(`query Trail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey } } }`);

const fieldsOf = (errors?: any[]) => errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort();

describeServers('record mutations', (getServer) => {
  beforeAll(async () => {
    await insertRegions(getServer().app.services.store);
    await insertAgencies(getServer().app.services.store, 1);
  });

  test('regions upsert by code, and a parent may not lie under the region itself', async () => {
    const t = getServer();
    const zone = await t.request(UpsertRegion, { input: { regionCode: 'Z-GD', name: '葛店开发区', parentCode: CITY, type: 'ZONE' } });
    expect(zone.data?.upsertRegion).toEqual({ code: 'Z-GD', name: '葛店开发区', parent: { code: CITY } });
    const loop = await t.request(UpsertRegion, { input: { regionCode: DISTRICTS[0], name: '梁子湖区', parentCode: TOWNSHIP, type: 'DISTRICT' } });
    expect(loop.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'parentCode' }] });
    expect((await t.request(Trail, { entity: 'region' })).data?.auditEvents.nodes).toEqual([{ action: 'create', entityKey: 'Z-GD' }]);
  });

  test('agencies are checked for their credit code check character, region and domains', async () => {
    const t = getServer();
    const code = agencyCode(50);
    const ok = await t.request(UpsertAgency, { input: { agencyCode: code, name: '市场监管局', regionCode: CITY, level: 'CITY', kind: 'DEPARTMENT', domains: ['FOOD_DRUG', 'FINANCE'] } });
    expect(ok.data?.upsertAgency).toEqual({ code, domains: ['FOOD_DRUG', 'FINANCE'], region: { code: CITY } });
    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const bad = await t.request(UpsertAgency, { input: { agencyCode: wrongCheck, name: '', regionCode: 'nowhere', level: 'CITY', kind: 'DEPARTMENT', domains: [] } });
    expect(fieldsOf(bad.errors)).toEqual(['agencyCode', 'domains', 'name', 'regionCode']);
    // Cross-field rules of the record rules run once every field is valid on its own.
    const period = await t.request(UpsertAgency, { input: { agencyCode: code, name: 'x', regionCode: CITY, level: 'CITY', kind: 'DEPARTMENT', domains: ['OTHER'], activeFrom: '2024-01-01', activeTo: '2023-01-01' } });
    expect(fieldsOf(period.errors)).toEqual(['activeTo']);
  });

  test('officers, their ID check character and their training hours', async () => {
    const t = getServer();
    const officer = await t.request(UpsertOfficer, { input: { officerNo: 'E-1', name: '李四', agencyCode: agencyCode(1), idNumber: '11010519491231002X' } });
    expect(officer.data?.upsertOfficer).toEqual({ officerNo: 'E-1', name: '李四', idNumber: '11010519491231002X', agency: { code: agencyCode(1) } });
    const badId = await t.request(UpsertOfficer, { input: { officerNo: 'E-2', name: '王五', agencyCode: agencyCode(1), idNumber: '110105194912310021', phone: 'call me' } });
    expect(fieldsOf(badId.errors)).toEqual(['idNumber', 'phone']);
    await t.request(RecordTraining, { input: { officerNo: 'E-1', year: 2023, type: 'LEGAL', hours: '12.5' } });
    const replaced = await t.request(RecordTraining, { input: { officerNo: 'E-1', year: 2023, type: 'LEGAL', hours: '31' } });
    expect(replaced.data?.recordTraining).toEqual({ year: 2023, type: 'LEGAL', hours: 31 });
    const read = await t.request(OfficerTraining, { no: 'E-1' });
    expect(read.data?.officer).toEqual({ certificateStatus: 'VALID', training: [{ type: 'LEGAL', hours: 31 }], assessments: [] });
    const unknown = await t.request(RecordTraining, { input: { officerNo: 'E-404', year: 2023, type: 'LEGAL', hours: '-1' } });
    expect(fieldsOf(unknown.errors)).toEqual(['hours', 'officerNo']);
  });

  test('case-file reviews are graded EXCELLENT ≥ 90, PASS ≥ 60, FAIL below, and filter by grade', async () => {
    const t = getServer();
    const grades = [];
    for (const [caseNo, score] of [['A', '90'], ['B', '89.99'], ['C', '60'], ['D', '59.99']]) {
      grades.push((await t.request(RecordReview, { input: { agencyCode: agencyCode(1), year: 2023, caseNo, score } })).data?.recordCaseReview.grade);
    }
    expect(grades).toEqual(['EXCELLENT', 'PASS', 'PASS', 'FAIL']);
    expect((await t.request(Reviews, { grade: 'PASS' })).data?.caseReviews.nodes.map((r) => r.caseNo)).toEqual(['B', 'C']);
    const bad = await t.request(RecordReview, { input: { agencyCode: agencyCode(1), year: 2023, caseNo: 'E', score: '100.5' } });
    expect(fieldsOf(bad.errors)).toEqual(['score']);
  });

  test('surveys need one subject, at least one respondent and a score of 0–100; they replace by key', async () => {
    const t = getServer();
    const input = { year: 2023, regionCode: DISTRICTS[0], respondentGroup: 'PUBLIC' as const, respondents: 120, score: '86.5' };
    const first = await t.request(RecordSurvey, { input });
    const second = await t.request(RecordSurvey, { input: { ...input, respondents: 150 } });
    expect(second.data?.recordSurvey).toEqual({ id: first.data?.recordSurvey.id, respondents: 150, score: 86.5, region: { code: DISTRICTS[0] } });
    // The same audit key as the import writes (server/db/audit-key.ts): the other subject left out.
    expect((await t.request(Trail, { entity: 'survey' })).data?.auditEvents.nodes).toEqual([
      { action: 'create', entityKey: `2023/${DISTRICTS[0]}/PUBLIC` }, { action: 'update', entityKey: `2023/${DISTRICTS[0]}/PUBLIC` }]);
    const bad = await t.request(RecordSurvey, { input: { ...input, respondents: 0, score: '101' } });
    expect(fieldsOf(bad.errors)).toEqual(['respondents', 'score']);
    const twoSubjects = await t.request(RecordSurvey, { input: { ...input, agencyCode: agencyCode(1) } });
    expect(fieldsOf(twoSubjects.errors)).toEqual(['agencyCode']);
  });

  test('complaints are recorded RECEIVED and move on until closed', async () => {
    const t = getServer();
    const input = { channel: 'HOTLINE' as const, receivedAt: '2023-05-04T10:00:00+08:00', agencyCode: agencyCode(1), category: '乱罚款', complainantName: '赵六' };
    const created = await t.request(RecordComplaint, { input });
    expect(created.data?.recordComplaint).toMatchObject({ status: 'RECEIVED', complainantName: '赵六' });
    const id = created.data!.recordComplaint.id;
    expect((await t.request(MoveComplaint, { id, status: 'TRANSFERRED' })).data?.updateComplaintStatus).toEqual({ status: 'TRANSFERRED', transferredToDiscipline: true });
    expect((await t.request(MoveComplaint, { id, status: 'HANDLING' })).errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await t.request(MoveComplaint, { id: 9999, status: 'HANDLING' })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.request(Trail, { entity: 'complaint' })).data?.auditEvents.nodes.map((e) => e.action)).toEqual(['create', 'updateStatus']);
  });
});
