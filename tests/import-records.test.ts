import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RECORD_KINDS, RECORD_RULES } from '../server/domain/records/index.ts';
import { parseAgencyRow } from '../server/domain/records/agencies.ts';
import { parseFilingRow } from '../server/domain/records/filings.ts';
import { parsePenaltyRow } from '../server/domain/records/penalties.ts';
import { parseSurveyRow } from '../server/domain/records/surveys.ts';
import { parsePowerItemRow } from '../server/domain/records/power-items.ts';
import { parseAssessmentRow } from '../server/domain/records/assessments.ts';
import { transitionProblem } from '../server/domain/records/problem-transitions.ts';
import { AGENCY_A } from './fixtures/import/build.ts';

const problemsOf = (r: { ok: boolean; problems?: Array<{ field: string; reason: string }> }) =>
  r.ok ? [] : r.problems!.map((p) => `${p.field}: ${p.reason}`);

const penalty = { agencyCode: AGENCY_A, caseNo: '鄂市监罚〔2023〕1号', decidedOn: '2023-03-01', violationItemCode: 'V1', partyType: 'ENTERPRISE', band: 'GENERAL' };

describe('import records', () => {
  test('dates must exist and timestamps without offset are Asia/Shanghai', () => {
    expect(problemsOf(parsePenaltyRow({ ...penalty, decidedOn: '2023-02-30' }))).toEqual(['decidedOn: 2023-02-30 is not a date that exists']);
    expect(problemsOf(parsePenaltyRow({ ...penalty, decidedOn: '2023/03/01' }))).toEqual(['decidedOn: must be a date written YYYY-MM-DD']);
    expect(problemsOf(parsePenaltyRow({ ...penalty, decidedOn: new Date(NaN) }))).toEqual(['decidedOn: is not a valid date']);
    const filing = parseFilingRow({ agencyCode: AGENCY_A, year: '2023', quarter: '1', submittedAt: '2023-04-15T23:30:00' });
    expect(filing.ok && filing.record.submittedAt?.toISOString()).toBe('2023-04-15T15:30:00.000Z');
    const utc = parseFilingRow({ agencyCode: AGENCY_A, year: 2023, quarter: 1, submittedAt: '2023-04-15T23:30:00Z' });
    expect(utc.ok && utc.record.submittedAt?.toISOString()).toBe('2023-04-15T23:30:00.000Z');
  });

  test('booleans, decimals and fines follow the column', () => {
    const ok = parsePenaltyRow({ ...penalty, firstOffence: '是', legalReview: 0, nonSite: 'TRUE', fineYuan: 999999999999.99 });
    expect(ok.ok && [ok.record.firstOffence, ok.record.legalReview, ok.record.nonSite, ok.record.fineYuan]).toEqual([true, false, true, '999999999999.99']);
    expect(problemsOf(parsePenaltyRow({ ...penalty, fineYuan: '1000000000000' }))).toEqual(['fineYuan: is too large for the column (at most 999999999999.99)']);
    expect(problemsOf(parsePenaltyRow({ ...penalty, fineYuan: '12,5' }))).toEqual(['fineYuan: must be a number written with a dot, such as 1234.56']);
    expect(problemsOf(parsePenaltyRow({ ...penalty, fineYuan: 0.1 + 0.2 }))).toEqual(['fineYuan: must have at most 2 decimal places']);
    expect(problemsOf(parsePenaltyRow({ ...penalty, firstOffence: 'maybe' }))).toEqual(['firstOffence: must be true/false, 1/0 or 是/否']);
  });

  test('a penalty case without a party type, leniency or fine defaults to OTHER, NONE and 0', () => {
    const { partyType: _partyType, ...withoutParty } = penalty;
    const parsed = parsePenaltyRow(withoutParty);
    expect(parsed.ok && [parsed.record.partyType, parsed.record.leniency, parsed.record.fineYuan]).toEqual(['OTHER', 'NONE', '0']);
  });

  test('filings: counts are non-negative, exercised ≤ total, completed may exceed planned', () => {
    const base = { agencyCode: AGENCY_A, year: 2023, quarter: 2 };
    expect(problemsOf(parseFilingRow({ ...base, inspectionsPlanned: 3, inspectionsCompleted: 5 }))).toEqual([]);
    expect(problemsOf(parseFilingRow({ ...base, itemsTotal: 3, itemsExercised: 4 }))).toEqual(['itemsExercised: must not exceed itemsTotal (4 > 3)']);
    expect(problemsOf(parseFilingRow({ ...base, penaltyCount: -1, levyCount: '1.5' }))).toEqual(['penaltyCount: must not be negative', 'levyCount: must be a whole number']);
  });

  test('agency codes carry a valid check character; domains are ;-separated codes', () => {
    const agency = { agencyCode: AGENCY_A, name: 'x', regionCode: '420700', level: 'CITY', kind: 'DEPARTMENT', domains: 'FOOD_DRUG；LABOUR' };
    const ok = parseAgencyRow(agency);
    expect(ok.ok && ok.record.domains).toEqual(['FOOD_DRUG', 'LABOUR']);
    const wrong = AGENCY_A.slice(0, 17) + (AGENCY_A[17] === '0' ? '1' : '0');
    expect(problemsOf(parseAgencyRow({ ...agency, agencyCode: wrong }))[0]).toMatch(/^agencyCode: is not a valid unified social credit code: check character should be/);
    expect(problemsOf(parseAgencyRow({ ...agency, domains: 'FOOD' }))[0]).toMatch(/^domains: has unknown domain FOOD/);
  });

  test('a survey is of exactly one region or agency, with respondents ≥ 1 and a score 0–100', () => {
    const survey = { year: 2023, respondentGroup: 'PUBLIC', respondents: 10, score: 88 };
    expect(problemsOf(parseSurveyRow({ ...survey, regionCode: '420700', agencyCode: AGENCY_A }))).toEqual(['agencyCode: give exactly one of regionCode and agencyCode']);
    expect(problemsOf(parseSurveyRow({ ...survey, regionCode: '420700', respondents: 0, score: 100.01 })))
      .toEqual(['respondents: must be at least 1', 'score: must be at most 100']);
  });

  test('a power item has a known domain and a kind of action; an assessment a result and a test score 0–100 or none', () => {
    const item = { agencyCode: AGENCY_A, itemCode: ' XK-1 ', name: '食品经营许可', domain: 'FOOD_DRUG', actionType: '行政许可' };
    const parsed = parsePowerItemRow(item);
    expect(parsed.ok && parsed.record).toEqual({ ...item, itemCode: 'XK-1' });
    expect(problemsOf(parsePowerItemRow({ ...item, domain: 'food_drug', actionType: '' })))
      .toEqual([expect.stringMatching(/^domain: must be one of FOOD_DRUG, /), 'actionType: is required']);
    const assessment = { officerNo: 'E-1', year: '2023', result: '称职', testScore: '' };
    const blank = parseAssessmentRow(assessment);
    expect(blank.ok && blank.record).toEqual({ officerNo: 'E-1', year: 2023, result: '称职', testScore: null });
    const full = parseAssessmentRow({ ...assessment, testScore: 100 });
    expect(full.ok && full.record.testScore).toBe('100');
    expect(problemsOf(parseAssessmentRow({ ...assessment, testScore: '100.01' }))).toEqual(['testScore: must be at most 100']);
    expect(problemsOf(parseAssessmentRow({ ...assessment, testScore: '88.125', year: 2101 })))
      .toEqual(['year: must be at most 2100', 'testScore: must have at most 2 decimal places']);
  });

  test('problem status transitions', () => {
    expect(transitionProblem(null, 'IDENTIFIED')).toBeNull();
    expect(transitionProblem('VERIFIED', 'REOPENED')).toBeNull();
    expect(transitionProblem('REOPENED', 'RECTIFYING')).toBeNull();
    expect(transitionProblem('REOPENED', 'RECTIFIED')).toBeNull();
    expect(transitionProblem('IDENTIFIED', 'RECTIFIED')).toBe('a problem at IDENTIFIED cannot become RECTIFIED; allowed next: RECTIFYING');
    expect(transitionProblem(null, 'RECTIFYING')).toMatch(/^a new problem cannot become RECTIFYING/);
  });

  test('any row of any kind parses or names a known field for every refusal, never throws', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }),
      fc.constantFrom('2023-02-29', '2024-02-29', '是', '1e5', '-0', ' 42 ', AGENCY_A, 'PUBLIC', '420700'));
    fc.assert(fc.property(fc.constantFrom(...RECORD_KINDS), fc.dictionary(fc.string(), value), fc.array(value, { maxLength: 40 }), (kind, extra, values) => {
      const rules = RECORD_RULES[kind];
      const raw = { ...extra, ...Object.fromEntries(rules.fields.map((f, i) => [f, values[i]])) };
      const result = rules.parse(raw);
      if (result.ok) return;
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(rules.fields).toContain(p.field);
        expect(p.reason.length).toBeGreaterThan(3);
      }
    }), { numRuns: 2000 });
  });
});
