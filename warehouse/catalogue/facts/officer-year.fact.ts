import { TRAINING_HOURS_REQUIRED } from '../../../server/domain/rules.ts';
import { defineFact } from '../fact.ts';
import { filteredCount, mean } from '../measure.ts';

/** fct_officer_year: one row per officer per year, certificate status as of the last ETL. */
export const officerYear = defineFact({
  name: 'officerYear',
  table: 'fct_officer_year',
  zh: '执法人员年度', en: 'Officer year',
  grain: { zh: '每名执法人员每年一行', en: 'one row per officer per year' },
  // Yearly: no quarter column, so it cannot be scoped or grouped by QUARTER.
  columns: { agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year' },
  measures: {
    officersWithValidCertificate: filteredCount('f.certificate_valid', '持证执法人员数', 'Officers with a VALID certificate (持证)'),
    compliantOfficers: filteredCount('f.certificate_valid and f.training_compliant', '培训达标人员数',
      `Of those, officers with ≥ ${TRAINING_HOURS_REQUIRED} BUSINESS and ≥ ${TRAINING_HOURS_REQUIRED} LEGAL training hours in the year`),
    meanBusinessHours: mean('business_hours', 'f.certificate_valid', '人均业务培训学时', 'Mean BUSINESS training hours of officers with a valid certificate'),
    meanLegalHours: mean('legal_hours', 'f.certificate_valid', '人均法律培训学时', 'Mean LEGAL training hours of officers with a valid certificate'),
  },
});
