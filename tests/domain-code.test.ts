import { expect, test } from 'vitest';
import { describeWithCity } from './helpers/warehouse.ts';

// tests/fixtures/metrics: in 2023, violation item V1 is FOOD_DRUG (cases C1, C3, C5, C6, C7, C10,
// C11, C12), V2 is TRANSPORT (C8), V9 has no standard (C9).
const FOOD_2023 = { cases: 8, finesTotalYuan: 6000 + 1500 + 100 + 600 + 0 + 2000 + 3000 + 4000 };
const FOOD_AND_TRANSPORT_2023 = { cases: 8 + 1, finesTotalYuan: FOOD_2023.finesTotalYuan + 20000 };

const penalties = (scope: string, args = '') =>
  `query${args} { penaltyDiscretion(scope: ${scope}, groupBy: []) { domainCode cases finesTotalYuan } }`;

describeWithCity('domain codes: DomainCode out, enum literal or string in', async (city) => {
  await city.importFiles(['metrics/regions.csv', 'metrics/agencies.csv', 'metrics/standards.csv', 'metrics/penalties.csv']);
  await city.etl();
}, (city) => {
  const post = (query: string, variables?: Record<string, unknown>) => city().server.post(query, variables);
  const totals = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await post(query, variables);
    expect(body.errors).toBeUndefined();
    const [row] = body.data.penaltyDiscretion;
    return { cases: row.cases, finesTotalYuan: Number(row.finesTotalYuan) };
  };

  test('Scope.domainCodes takes the enum literal, as the README writes it', async () => {
    expect(await totals(penalties('{ years: [2023], domainCodes: [FOOD_DRUG] }'))).toEqual(FOOD_2023);
  });

  test('Scope.domainCodes takes the string literal, as the contract ([String!]) lets clients write it', async () => {
    expect(await totals(penalties('{ years: [2023], domainCodes: ["FOOD_DRUG"] }'))).toEqual(FOOD_2023);
    expect(await totals(penalties('{ years: [2023], domainCodes: [FOOD_DRUG, "TRANSPORT"] }'))).toEqual(FOOD_AND_TRANSPORT_2023);
  });

  test('variables send strings: a whole Scope, or the list typed [DomainCodeInput!]', async () => {
    expect(await totals(penalties('$scope', '($scope: Scope)'), { scope: { years: [2023], domainCodes: ['FOOD_DRUG', 'TRANSPORT'] } }))
      .toEqual(FOOD_AND_TRANSPORT_2023);
    expect(await totals(penalties('{ years: [2023], domainCodes: $codes }', '($codes: [DomainCodeInput!])'), { codes: ['FOOD_DRUG'] }))
      .toEqual(FOOD_2023);
  });

  test('an unknown code is BAD_USER_INPUT naming it, whichever way it is written', async () => {
    const attempts: Array<[string, Record<string, unknown> | undefined, string]> = [
      [penalties('{ domainCodes: [FOOD] }'), undefined, 'FOOD'],
      [penalties('{ domainCodes: ["food_drug"] }'), undefined, 'food_drug'],
      [penalties('{ domainCodes: [7] }'), undefined, '7'],
      [penalties('$scope', '($scope: Scope)'), { scope: { domainCodes: ['FOOD_DRUG', 'NOPE'] } }, 'NOPE'],
    ];
    for (const [query, variables, bad] of attempts) {
      const { body } = await post(query, variables);
      expect(body.data?.penaltyDiscretion, query).toBeUndefined();
      expect(body.errors?.[0].extensions.code, query).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0].message, query).toContain(bad);
    }
  });

  test('rows carry domainCode as the DomainCode enum, a plain string in JSON', async () => {
    const { body } = await post('{ penaltyDiscretion(scope: { years: [2023] }, groupBy: [DOMAIN]) { domainCode cases } }');
    expect(body.data.penaltyDiscretion).toEqual([
      { domainCode: 'FOOD_DRUG', cases: FOOD_2023.cases }, { domainCode: 'OTHER', cases: 1 }, { domainCode: 'TRANSPORT', cases: 1 },
    ]);
    const types = await post(`{
      row: __type(name: "AnalyticsRow") { fields { name type { name kind } } }
      scope: __type(name: "Scope") { inputFields { name type { ofType { ofType { name kind } } } } }
    }`);
    expect(types.body.data.row.fields.find((f: { name: string }) => f.name === 'domainCode').type).toEqual({ name: 'DomainCode', kind: 'ENUM' });
    expect(types.body.data.scope.inputFields.find((f: { name: string }) => f.name === 'domainCodes').type.ofType.ofType)
      .toEqual({ name: 'DomainCodeInput', kind: 'SCALAR' });
  });
});
