import { DIMENSIONS } from '../queries/scope.ts';
import { agencyQuarter } from './facts/agency-quarter.fact.ts';
import { penaltyCase } from './facts/penalty-case.fact.ts';
import { ratio } from './rate.ts';
import { defineView } from './view.ts';

const f = agencyQuarter.measures;
const c = penaltyCase.measures;

export const disclosureRate = ratio('disclosureRate', {
  section: '§4.8', zh: '行政执法公示率', en: 'Disclosure rate of the filings (行政执法公示)',
  numerator: [f.disclosuresOnTime], denominator: [f.disclosuresDue],
});
export const legalReviewRate = ratio('legalReviewRate', {
  section: '§4.8', zh: '法制审核率', en: 'Legal review rate of major decisions, as filed (重大执法决定法制审核)',
  numerator: [f.legalReviewsDone], denominator: [f.legalReviewsRequired],
});
export const caseDisclosureOnTimeRate = ratio('caseDisclosureOnTimeRate', {
  section: '§4.8', zh: '案件按时公示率', en: 'Share of penalty cases disclosed on time',
  numerator: [c.casesDisclosedOnTime], denominator: [c.cases],
  note: {
    zh: '工作日为决定日期之后至公示日期（含）之间的周一至周五（不计法定节假日）；未公示的案件不算按时。',
    en: 'Working days are the Monday-to-Friday days after decidedOn up to and including disclosedOn (public holidays are not modelled); a case without disclosedOn is not on time.',
  },
});
export const seriousCaseReviewRate = ratio('seriousCaseReviewRate', {
  section: '§4.8', zh: '较重严重案件法制审核率', en: 'Legal review rate of SERIOUS and SEVERE cases',
  numerator: [c.seriousCasesReviewed], denominator: [c.seriousCases],
});
export const fullProcessRecordRate = ratio('fullProcessRecordRate', {
  section: '§4.8', zh: '全过程记录率', en: 'Full-process record rate (全过程记录)',
  numerator: [c.casesFullyRecorded], denominator: [c.casesRecordKnown],
  note: { zh: '未填报全过程记录的案件不计入分母。', en: 'Cases whose fullProcessRecorded is unknown are left out of the denominator.' },
});
export const nonSiteRate = ratio('nonSiteRate', {
  section: '§4.8', zh: '非现场执法率', en: 'Non-site enforcement rate (非现场执法)',
  numerator: [c.nonSiteCases], denominator: [c.cases],
});
export const enterpriseImpactRate = ratio('enterpriseImpactRate', {
  section: '§4.8', zh: '涉企经济影响评估率', en: 'Economic impact assessment rate of enterprise cases (涉企经济影响评估)',
  numerator: [c.enterpriseCasesAssessed], denominator: [c.enterpriseCases],
});

/** 三项制度 (§4.8): filing-based parts group by domain as §4.1, case-based parts as §4.5. */
export const complianceView = defineView({
  query: 'enforcementCompliance',
  rowType: 'ComplianceRow',
  zh: '三项制度（公示、全过程记录、法制审核）',
  en: 'The three enforcement systems (disclosure, full-process recording, legal review) of a group of agency-quarters and their penalty cases (domain.md §4.8)',
  measures: [
    f.disclosuresDue, f.disclosuresOnTime, f.legalReviewsRequired, f.legalReviewsDone,
    c.cases, c.casesDisclosedOnTime, c.seriousCases, c.seriousCasesReviewed, c.casesRecordKnown, c.casesFullyRecorded,
    c.nonSiteCases, c.enterpriseCases, c.enterpriseCasesAssessed,
  ],
  rates: [disclosureRate, legalReviewRate, caseDisclosureOnTimeRate, seriousCaseReviewRate, fullProcessRecordRate, nonSiteRate, enterpriseImpactRate],
  dimensions: DIMENSIONS,
});
