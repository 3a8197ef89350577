import { beforeAll, expect, test } from 'vitest';
import { graphql } from './__generated__/index.ts';
import { describeServers } from './helpers/server.ts';
import { agencyCode, insertAgencies, insertRegions } from './helpers/fixtures.ts';

/** Kinds that first came only by import (penalty cases, standards): the same record rules as a file row. */
const RecordPenalty = graphql(`mutation RecordPenalty($input: PenaltyCaseInput!) { recordPenaltyCase(input: $input) { caseNo year quarter band leniency fineYuan partyType standard { maxYuan } } }`);
const RecordStandard = graphql(`mutation RecordStandard($input: StandardInput!) { recordStandard(input: $input) { violationItemCode band validFrom validTo minYuan maxYuan } }`);
const Trail = graphql(`query KindTrail($entity: String!) { auditEvents(filter: { entity: { eq: $entity } }, orderBy: [{ field: ID, direction: ASC }]) { nodes { action entityKey actor } } }`);

const fieldsOf = (errors?: any[]) => errors?.[0].extensions.problems.map((p: { field: string }) => p.field).sort();
const codeOf = (errors?: any[]) => errors?.[0].extensions.code;

const standard = { violationItemCode: 'V-100', band: 'GENERAL' as const, validFrom: '2024-01-01', name: '未取得许可从事经营', domain: 'FOOD_DRUG' as const, minYuan: '1000', maxYuan: '5000' };
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
});
