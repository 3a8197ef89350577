import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, insertAgencies, insertRegions } from './helpers/fixtures.ts';

/** Kinds that first came only by import (penalty cases, standards): the same record rules as a file row. */
const RecordPenalty = graphql(`mutation RecordPenalty($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo year quarter band leniency fineYuan partyType standard { maxYuan } } }`);
const RecordStandard = graphql(`mutation RecordStandard($input: StandardInput!) { recordStandard(input: $input) { violationItemCode band validFrom validTo minYuan maxYuan } }`);
const RecordPowerItem = graphql(`mutation RecordPowerItem($input: PowerItemInput!) { recordPowerItem(input: $input) { agencyCode itemCode name domain actionType agency { code } } }`);
const RecordAssessment = graphql(`mutation RecordAssessment($input: AssessmentInput!) { recordAssessment(input: $input) { officerNo year result testScore } }`);
const PowerItems = graphql(`query KindPowerItems { powerItems(orderBy: [{ field: ITEM_CODE, direction: ASC }]) { nodes { agencyCode itemCode name actionType } } }`);
const OfficerAssessments = graphql(`query KindOfficerAssessments($no: String!) { officer(officerNo: $no) { assessments { year result testScore } } }`);
const Trail = graphql(`query KindTrail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey actor } } }`);

const fieldsOf = (errors?: any[]) => errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort();
const codeOf = (errors?: any[]) => errors?.[0].extensions.code;

const standard = { violationItemCode: 'V-100', band: 'GENERAL' as const, validFrom: '2024-01-01', name: '未取得许可从事经营', domain: 'FOOD_DRUG' as const, minYuan: '1000', maxYuan: '5000' };
const powerItem = { agencyCode: agencyCode(1), itemCode: 'XK-0001', name: '食品经营许可', domain: 'FOOD_DRUG' as const, actionType: '行政许可' };
const assessment = { officerNo: 'O1-1', year: 2023, result: '称职', testScore: '88.5' };
const penalty = { agencyCode: agencyCode(1), caseNo: 'K-1', decidedOn: '2024-05-20', violationItemCode: 'V-100', band: 'GENERAL' as const, fineYuan: '3000' };

describeServers('penalty case, standard, power item and assessment mutations', (getServer) => {
  beforeAll(async () => {
    await insertRegions(getServer().app.services.store);
    await insertAgencies(getServer().app.services.store, 2);
  });

  test('recordStandard stores a band, replaces it by key, audits both; bad fields are each named; only ADMIN records', async () => {
    const t = getServer();
    const first = await t.request(RecordStandard, { input: standard });
    expect(first.data?.recordStandard).toEqual({ violationItemCode: 'V-100', band: 'GENERAL', validFrom: '2024-01-01', validTo: null, minYuan: 1000, maxYuan: 5000 });
    const replaced = await t.request(RecordStandard, { input: { ...standard, maxYuan: '6000' } });
    expect(replaced.data?.recordStandard.maxYuan).toBe(6000);
    expect((await t.request(Trail, { entity: 'standard' })).data?.auditEvents.nodes).toEqual([
      { action: 'create', entityKey: 'V-100/GENERAL/2024-01-01', actor: 'test-admin' },
      { action: 'update', entityKey: 'V-100/GENERAL/2024-01-01', actor: 'test-admin' },
    ]);
    const bad = await t.request(RecordStandard, { input: { ...standard, name: '', minYuan: '-1' } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad.errors)).toEqual(['minYuan', 'name']);
    // Cross-field rules run once each field is valid on its own.
    const crossed = await t.request(RecordStandard, { input: { ...standard, minYuan: '7000', validTo: '2023-12-31' } });
    expect(fieldsOf(crossed.errors)).toEqual(['maxYuan', 'validTo']);
    for (const token of [await t.token({ role: 'SUPERVISOR', regionCode: '420702' }), await t.token({ role: 'FILER', agencyCode: agencyCode(1) })]) {
      expect(codeOf((await t.request(RecordStandard, { input: { ...standard, maxYuan: '1' } }, token)).errors)).toBe('FORBIDDEN');
    }
    expect((await t.request(RecordStandard, { input: standard })).data?.recordStandard.maxYuan).toBe(5000);
  });

  test('recordPenaltyCase stores a case with the file defaults, finds its band, audits; bad fields are each named', async () => {
    const t = getServer();
    const stored = await t.request(RecordPenalty, { input: penalty });
    expect(stored.data?.recordPenaltyCase).toEqual({
      caseNo: 'K-1', year: 2024, quarter: 2, band: 'GENERAL', leniency: 'NONE', fineYuan: 3000, partyType: 'OTHER', standard: { maxYuan: 5000 },
    });
    const bad = await t.request(RecordPenalty, { input: { ...penalty, agencyCode: agencyCode(99), caseNo: ' ', fineYuan: '-5' } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad.errors)).toEqual(['agencyCode', 'caseNo', 'fineYuan']);
    const early = await t.request(RecordPenalty, { input: { ...penalty, disclosedOn: '2024-05-19' } });
    expect(fieldsOf(early.errors)).toEqual(['disclosedOn']);
    const rows = await t.app.services.store.query(`select case_no, fine_yuan::text as fine from penalty_cases order by case_no`);
    expect(rows).toEqual([{ case_no: 'K-1', fine: '3000.00' }]);
    expect((await t.request(Trail, { entity: 'penaltyCase' })).data?.auditEvents.nodes).toEqual([
      { action: 'create', entityKey: `${agencyCode(1)}/K-1`, actor: 'test-admin' },
    ]);
  });

  test("a FILER records its own agency's cases only; a SUPERVISOR files none", async () => {
    const t = getServer();
    const filer = await t.token({ role: 'FILER', agencyCode: agencyCode(2) });
    const own = await t.request(RecordPenalty, { input: { ...penalty, agencyCode: agencyCode(2), caseNo: 'K-2' } }, filer);
    expect(own.data?.recordPenaltyCase.caseNo).toBe('K-2');
    expect(codeOf((await t.request(RecordPenalty, { input: { ...penalty, caseNo: 'K-3' } }, filer)).errors)).toBe('FORBIDDEN');
    const supervisor = await t.token({ role: 'SUPERVISOR', regionCode: '420703' });
    expect(codeOf((await t.request(RecordPenalty, { input: { ...penalty, caseNo: 'K-4' } }, supervisor)).errors)).toBe('FORBIDDEN');
    const rows = await t.app.services.store.query(`select case_no from penalty_cases order by case_no`);
    expect(rows).toEqual([{ case_no: 'K-1' }, { case_no: 'K-2' }]);
  });

  test('recordPowerItem stores an item, replaces it by agency and item code, audits both; bad fields are each named', async () => {
    const t = getServer();
    const first = await t.request(RecordPowerItem, { input: powerItem });
    expect(first.data?.recordPowerItem).toEqual({ ...powerItem, agency: { code: agencyCode(1) } });
    const replaced = await t.request(RecordPowerItem, { input: { ...powerItem, name: '食品经营许可（含网络）' } });
    expect(replaced.data?.recordPowerItem.name).toBe('食品经营许可（含网络）');
    expect((await t.request(Trail, { entity: 'powerItem' })).data?.auditEvents.nodes).toEqual([
      { action: 'create', entityKey: `${agencyCode(1)}/XK-0001`, actor: 'test-admin' },
      { action: 'update', entityKey: `${agencyCode(1)}/XK-0001`, actor: 'test-admin' },
    ]);
    const bad = await t.request(RecordPowerItem, { input: { ...powerItem, agencyCode: agencyCode(99), itemCode: ' ', name: '', actionType: '行'.repeat(51) } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.problems).toEqual([
      { field: 'itemCode', reason: 'is required' },
      { field: 'name', reason: 'is required' },
      { field: 'actionType', reason: 'must be at most 50 characters' },
      { field: 'agencyCode', reason: `unknown agency ${agencyCode(99)}` },
    ]);
    const rows = await t.app.services.store.query(`select item_code, name from power_items order by item_code`);
    expect(rows).toEqual([{ item_code: 'XK-0001', name: '食品经营许可（含网络）' }]);
  });

  test("a FILER records its own agency's power items only; a SUPERVISOR none", async () => {
    const t = getServer();
    const filer = await t.token({ role: 'FILER', agencyCode: agencyCode(2) });
    const own = await t.request(RecordPowerItem, { input: { ...powerItem, agencyCode: agencyCode(2), itemCode: 'CF-0001', actionType: '行政处罚' } }, filer);
    expect(own.data?.recordPowerItem.itemCode).toBe('CF-0001');
    // Another agency's item, existing or not, and an agency that does not exist are all out of scope.
    for (const input of [powerItem, { ...powerItem, itemCode: 'XK-0002' }, { ...powerItem, agencyCode: agencyCode(99) }]) {
      expect(codeOf((await t.request(RecordPowerItem, { input }, filer)).errors)).toBe('FORBIDDEN');
    }
    const supervisor = await t.token({ role: 'SUPERVISOR', regionCode: '420703' });
    expect(codeOf((await t.request(RecordPowerItem, { input: { ...powerItem, itemCode: 'XK-0003' } }, supervisor)).errors)).toBe('FORBIDDEN');
    expect((await t.request(PowerItems, {})).data?.powerItems.nodes).toEqual([
      { agencyCode: agencyCode(2), itemCode: 'CF-0001', name: '食品经营许可', actionType: '行政处罚' },
      { agencyCode: agencyCode(1), itemCode: 'XK-0001', name: '食品经营许可（含网络）', actionType: '行政许可' },
    ]);
  });

  test('recordAssessment stores a year of an officer, replaces it, audits both; the score is 0–100 and may be left out', async () => {
    const t = getServer();
    expect((await t.request(RecordAssessment, { input: assessment })).data?.recordAssessment).toEqual({ ...assessment, testScore: 88.5 });
    await t.request(RecordAssessment, { input: { ...assessment, result: '优秀', testScore: '100' } });
    await t.request(RecordAssessment, { input: { officerNo: 'O1-1', year: 2022, result: '称职' } });
    expect((await t.request(OfficerAssessments, { no: 'O1-1' })).data?.officer?.assessments).toEqual([
      { year: 2022, result: '称职', testScore: null },
      { year: 2023, result: '优秀', testScore: 100 },
    ]);
    expect((await t.request(Trail, { entity: 'assessment' })).data?.auditEvents.nodes).toEqual([
      { action: 'create', entityKey: 'O1-1/2023', actor: 'test-admin' },
      { action: 'update', entityKey: 'O1-1/2023', actor: 'test-admin' },
      { action: 'create', entityKey: 'O1-1/2022', actor: 'test-admin' },
    ]);
    const bad = await t.request(RecordAssessment, { input: { officerNo: 'O-404', year: 1999, result: ' ', testScore: '100.01' } });
    expect(codeOf(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.problems).toEqual([
      { field: 'year', reason: 'must be at least 2000' },
      { field: 'result', reason: 'is required' },
      { field: 'testScore', reason: 'must be at most 100' },
      { field: 'officerNo', reason: 'unknown officer O-404' },
    ]);
    expect(fieldsOf((await t.request(RecordAssessment, { input: { ...assessment, testScore: '-0.5' } })).errors)).toEqual(['testScore']);
  });

  test("a FILER records the assessments of its own agency's officers only; a SUPERVISOR none", async () => {
    const t = getServer();
    const filer = await t.token({ role: 'FILER', agencyCode: agencyCode(2) });
    const own = await t.request(RecordAssessment, { input: { ...assessment, officerNo: 'O2-1' } }, filer);
    expect(own.data?.recordAssessment).toEqual({ officerNo: 'O2-1', year: 2023, result: '称职', testScore: 88.5 });
    for (const officerNo of ['O1-1', 'O1-2', 'O-404']) {
      expect(codeOf((await t.request(RecordAssessment, { input: { ...assessment, officerNo, result: '不称职' } }, filer)).errors)).toBe('FORBIDDEN');
    }
    const supervisor = await t.token({ role: 'SUPERVISOR', regionCode: '420703' });
    expect(codeOf((await t.request(RecordAssessment, { input: { ...assessment, officerNo: 'O2-2' } }, supervisor)).errors)).toBe('FORBIDDEN');
    const rows = await t.app.services.store.query(`select officer_no, year, result from officer_assessments order by officer_no, year`);
    expect(rows).toEqual([
      { officer_no: 'O1-1', year: 2022, result: '称职' },
      { officer_no: 'O1-1', year: 2023, result: '优秀' },
      { officer_no: 'O2-1', year: 2023, result: '称职' },
    ]);
  });
});
