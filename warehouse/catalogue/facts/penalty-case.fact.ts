import { defineFact } from '../fact.ts';
import { DISCLOSURE_WORKING_DAYS } from '../../../server/domain/rules.ts';
import { count, filteredCount } from '../measure.ts';

const SERIOUS = `f.band in ('SERIOUS', 'SEVERE')`;
const ENTERPRISE = `f.party_type = 'ENTERPRISE'`;

/** fct_penalty_case: one row per penalty case, in the quarter of its decision. */
export const penaltyCase = defineFact({
  name: 'penaltyCase',
  table: 'fct_penalty_case',
  zh: '行政处罚案件', en: 'Penalty case',
  grain: { zh: '每个处罚案件一行', en: 'one row per penalty case' },
  // A case's domain is its violation item's (via the discretion standard), not its agency's (§4.5).
  columns: { agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter', domain: 'domain_code' },
  measures: {
    cases: count('处罚案件数', 'Penalty cases in the group'),
    casesDisclosedOnTime: filteredCount('f.disclosed_on_time', '按时公示案件数', `Cases disclosed within ${DISCLOSURE_WORKING_DAYS} working days (Mon–Fri) after the decision`),
    seriousCases: filteredCount(SERIOUS, '较重严重案件数', 'Cases of band SERIOUS or SEVERE'),
    seriousCasesReviewed: filteredCount(`${SERIOUS} and f.legal_review`, '较重严重案件法制审核数', 'Cases of band SERIOUS or SEVERE with legal review (法制审核)'),
    casesRecordKnown: filteredCount('f.full_process_recorded is not null', '全过程记录情况已知案件数', 'Cases whose fullProcessRecorded is known'),
    casesFullyRecorded: filteredCount('f.full_process_recorded', '全过程记录案件数', 'Cases recorded in writing or audio-video throughout (全过程记录)'),
    nonSiteCases: filteredCount('f.non_site', '非现场执法案件数', 'Cases handled by non-site enforcement (非现场执法)'),
    enterpriseCases: filteredCount(ENTERPRISE, '涉企案件数', 'Cases with an ENTERPRISE party'),
    enterpriseCasesAssessed: filteredCount(`${ENTERPRISE} and f.enterprise_impact_assessed`, '涉企经济影响评估案件数', 'ENTERPRISE cases with the economic impact assessed (涉企经济影响评估)'),
  },
});
