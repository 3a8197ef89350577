import { expect } from 'vitest';
import type { Store } from '../../server/db/client.ts';
import { clueSteps, clues, complaints, penaltyCases, powerItems, problemEvents, problems, progressReports, tasks } from '../../server/db/tables/index.ts';
import type { LoadedCity } from './warehouse.ts';

/** The records one side of the permission matrix acts on: inside the scoped tokens' scope, or outside it. */
export interface Target {
  agency: string;
  agencyName: string;
  agencyDomains: string[];
  region: string;
  regionName: string;
  officer: string;
  caseNo: string;
  problem: string;
  /** A problem kept at IDENTIFIED for the status-event mutation. */
  movableProblem: string;
  reviewCaseNo: string;
  complaintId: number;
  /** A clue kept at REGISTERED for the step mutation. */
  clue: string;
}

/** 鄂城区 (the SUPERVISOR's region, the FILER's agency …004E) against 梁子湖区 and its agency …002B. */
export const TARGETS: { in: Target; out: Target } = {
  in: {
    agency: '11420704MB0000004E', agencyName: '鄂城区市场监督管理局', agencyDomains: ['FOOD_DRUG'], region: '420704', regionName: '鄂城区',
    officer: 'O1', caseNo: 'C10', problem: 'P2', movableProblem: 'PM-IN', reviewCaseNo: 'R5', complaintId: 0, clue: 'MC-IN',
  },
  out: {
    agency: '11420702MB0000002B', agencyName: '梁子湖区市场监督管理局', agencyDomains: ['FOOD_DRUG', 'TRANSPORT'], region: '420702', regionName: '梁子湖区',
    officer: 'O3', caseNo: 'C5', problem: 'P1', movableProblem: 'PM-OUT', reviewCaseNo: 'R3', complaintId: 0, clue: 'MC-OUT',
  },
};

const FILES = [
  'regions', 'agencies', 'standards', 'filings', 'penalties', 'problems', 'reviews', 'surveys', 'officers', 'training',
].map((kind) => `metrics/${kind}.csv`);

/** Personal data on both sides, so masking shows; records the fixture city lacks (power items, complaints). */
async function addRecords(store: Store, target: Target, n: number): Promise<void> {
  await store.query(`update officers set id_number = $2, phone = $3 where officer_no = $1`, [target.officer, `42070419800101123${n}`, `1380000123${n}`]);
  await store.query(`update penalty_cases set party_name = $3, party_id_number = $4 where agency_code = $1 and case_no = $2`,
    [target.agency, target.caseNo, '王小明', `42070419900202456${n}`]);
  await store.db.insert(powerItems).values({ agencyCode: target.agency, itemCode: `PI-${n}`, name: '食品经营许可', domain: 'FOOD_DRUG', actionType: '行政许可' });
  const [complaint] = await store.db.insert(complaints).values({
    complaintNo: `TS-M${n}`, channel: 'HOTLINE', receivedAt: new Date('2023-05-01T02:00:00Z'), agencyCode: target.agency, category: '执法态度',
    complainantName: '赵六', complainantPhone: `1390000456${n}`,
  }).returning();
  target.complaintId = complaint.id;
  await store.db.insert(tasks).values({ taskCode: 'MT-1', title: '推行三项制度', phase: 'CAPABILITY' }).onConflictDoNothing();
  await store.db.insert(progressReports).values({ unitCode: target.agency, taskCode: 'MT-1', year: 2023, half: 1, progress: 50, status: 'IN_PROGRESS', submittedAt: new Date('2023-07-01T02:00:00Z') });
  await store.db.insert(clues).values({ clueCode: target.clue, agencyCode: target.agency, source: 'SUPERVISION', summary: '监督发现', step: 'REGISTERED' });
  await store.db.insert(clueSteps).values({ clueCode: target.clue, step: 'REGISTERED', stepOn: '2024-01-02' });
  await store.db.insert(problems).values({
    code: target.movableProblem, regionCode: target.region, agencyCode: target.agency, domain: 'FOOD_DRUG', category: 'MECHANICAL',
    description: '机械执法', source: 'SPOT_CHECK', identifiedOn: '2023-06-01', deadline: '2023-12-31', status: 'IDENTIFIED',
  });
  await store.db.insert(problemEvents).values({ problemCode: target.movableProblem, seq: 1, status: 'IDENTIFIED', statusOn: '2023-06-01' });
}

/** A MECHANICAL signal of 2023 for the target (10 first-offence MINOR cases without leniency), for createProblemFromSignal. */
export const signalOf = (target: Target) => `MECHANICAL:2023:${target.agency}`;
async function plantSignal(store: Store, target: Target): Promise<void> {
  await store.db.insert(penaltyCases).values(Array.from({ length: 10 }, (_, i) => ({
    agencyCode: target.agency, caseNo: `MX-SIG-${i + 1}`, decidedOn: `2023-${String(i + 1).padStart(2, '0')}-20`, violationItemCode: 'V1',
    partyType: 'ENTERPRISE' as const, band: 'MINOR' as const, leniency: 'NONE' as const, firstOffence: true, fineYuan: String(100 + i),
  })));
}

/** The fixture city of the metric tests, imported and loaded into the warehouse, plus the records above. */
export async function prepareMatrixCity(city: LoadedCity): Promise<void> {
  const report = await city.importFiles(FILES);
  expect(report.files.filter((f) => f.rejected > 0 || f.error)).toEqual([]);
  const store = city.server.app.services.store;
  for (const target of [TARGETS.in, TARGETS.out]) await plantSignal(store, target);
  await addRecords(store, TARGETS.in, 1);
  await addRecords(store, TARGETS.out, 2);
  // After the records above, so complaints and clues are in the warehouse too.
  await city.etl(true);
}
