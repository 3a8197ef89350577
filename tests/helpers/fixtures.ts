import type { Store } from '../../server/db/client.ts';
import { agencies, filings, officers, penaltyCases, regions, standards } from '../../server/db/tables/index.ts';
import { usccCheckCharacter } from '../../server/domain/uscc.ts';

/** A valid unified social credit code, distinct for each n (check character computed). */
export function agencyCode(n: number): string {
  const first17 = `11420700${String(n).padStart(9, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

export const CITY = '420700';
export const DISTRICTS = ['420702', '420703', '420704'];
export const TOWNSHIP = '420702101';

/** The demo region tree: city → three districts → one township under the first district. */
export async function insertRegions(store: Store): Promise<void> {
  await store.db.insert(regions).values([
    { code: CITY, name: '鄂州市', type: 'CITY' },
    { code: DISTRICTS[0], name: '梁子湖区', parentCode: CITY, type: 'DISTRICT' },
    { code: DISTRICTS[1], name: '华容区', parentCode: CITY, type: 'DISTRICT' },
    { code: DISTRICTS[2], name: '鄂城区', parentCode: CITY, type: 'DISTRICT' },
    { code: TOWNSHIP, name: '涂家垴镇', parentCode: DISTRICTS[0], type: 'TOWNSHIP' },
  ]);
}

/**
 * `count` agencies spread over the districts, each with two officers and two filings
 * (2023 Q1 ACCEPTED, Q2 DRAFT); agency i is named 机构NNN and works in FOOD_DRUG, odd ones also in TRANSPORT.
 */
export async function insertAgencies(store: Store, count: number, from = 1): Promise<string[]> {
  const numbers = Array.from({ length: count }, (_, i) => from + i);
  const codes = numbers.map(agencyCode);
  await store.db.insert(agencies).values(numbers.map((n, i) => ({
    code: codes[i], name: `机构${String(n).padStart(3, '0')}`, regionCode: DISTRICTS[n % 3], level: 'DISTRICT' as const,
    kind: 'DEPARTMENT' as const, domains: n % 2 ? ['FOOD_DRUG' as const, 'TRANSPORT' as const] : ['FOOD_DRUG' as const],
  })));
  await store.db.insert(officers).values(codes.flatMap((code, i) => [1, 2].map((k) => ({
    officerNo: `O${numbers[i]}-${k}`, name: `执法员${numbers[i]}-${k}`, agencyCode: code,
  }))));
  await store.db.insert(filings).values(codes.flatMap((code) => [
    { agencyCode: code, year: 2023, quarter: 1, status: 'ACCEPTED' as const, submittedAt: new Date('2023-04-10T02:00:00Z'), itemsTotal: 10, itemsExercised: 7 },
    { agencyCode: code, year: 2023, quarter: 2, status: 'DRAFT' as const, itemsTotal: 10, itemsExercised: 5 },
  ]));
  return codes;
}

/** Two periods of one violation item's GENERAL band and a case decided in each period. */
export async function insertStandardsAndCases(store: Store, agency: string): Promise<void> {
  await store.db.insert(standards).values([
    { violationItemCode: 'V001', band: 'GENERAL', validFrom: '2022-01-01', validTo: '2022-12-31', name: '无证经营', domain: 'FOOD_DRUG', minYuan: '1000', maxYuan: '5000' },
    { violationItemCode: 'V001', band: 'GENERAL', validFrom: '2023-01-01', name: '无证经营', domain: 'FOOD_DRUG', minYuan: '2000', maxYuan: '8000' },
  ]);
  await store.db.insert(penaltyCases).values([
    { agencyCode: agency, caseNo: 'C-2022-1', decidedOn: '2022-06-30', violationItemCode: 'V001', partyType: 'ENTERPRISE', band: 'GENERAL', fineYuan: '3000.50' },
    { agencyCode: agency, caseNo: 'C-2023-1', decidedOn: '2023-11-02', violationItemCode: 'V001', partyType: 'INDIVIDUAL', band: 'GENERAL', fineYuan: '9000', partyName: '张三' },
  ]);
}
