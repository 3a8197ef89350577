import { agencyQuarter } from './facts/agency-quarter.fact.ts';
import { officerYear } from './facts/officer-year.fact.ts';
import { ratio } from './rate.ts';
import { defineView } from './view.ts';

const o = officerYear.measures;
const f = agencyQuarter.measures;

export const trainingComplianceRate = ratio('trainingComplianceRate', {
  section: '§4.7', zh: '培训达标率', en: 'Training compliance rate (队伍建设)',
  numerator: [o.compliantOfficers], denominator: [o.officersWithValidCertificate],
});
export const inspectionsPerOfficer = ratio('inspectionsPerOfficer', {
  section: '§4.7', zh: '人均行政检查量', en: 'Inspections per officer with a valid certificate (人均执法量)',
  numerator: [f.inspections], denominator: [o.officersWithValidCertificate],
});
export const penaltiesPerOfficer = ratio('penaltiesPerOfficer', {
  section: '§4.7', zh: '人均行政处罚量', en: 'Penalties per officer with a valid certificate (人均执法量)',
  numerator: [f.penalties], denominator: [o.officersWithValidCertificate],
});

/** 队伍建设 (§4.7), yearly: the groups that have officers, with their agencies' filed enforcement counts. */
export const workforceView = defineView({
  query: 'workforce',
  rowType: 'WorkforceRow',
  zh: '队伍建设',
  en: 'Workforce training compliance and enforcement intensity of a group of officers in a year (domain.md §4.7)',
  measures: [o.officersWithValidCertificate, o.compliantOfficers, o.meanBusinessHours, o.meanLegalHours, f.inspections, f.penalties],
  rates: [trainingComplianceRate, inspectionsPerOfficer, penaltiesPerOfficer],
  dimensions: ['REGION', 'AGENCY', 'DOMAIN', 'YEAR'],
  rowsFrom: officerYear,
});
