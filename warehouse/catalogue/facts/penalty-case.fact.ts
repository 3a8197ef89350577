import { defineFact } from '../fact.ts';
import { DISCLOSURE_WORKING_DAYS } from '../../../server/domain/rules.ts';
import { count, extreme, filteredCount, mean, quantile, yuanSum } from '../measure.ts';

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
    finesTotalYuan: yuanSum('fine_yuan', '罚没金额', 'Σ fines in yuan, exact'),
    meanFineYuan: mean('fine_yuan', null, '平均罚款', 'Mean fine in yuan'),
    medianFineYuan: quantile('fine_yuan', 0.5, '罚款中位数', 'Median fine (linear interpolation, as a spreadsheet MEDIAN)'),
    p10FineYuan: quantile('fine_yuan', 0.1, '罚款第10百分位', '10th percentile fine (PERCENTILE.INC)'),
    p90FineYuan: quantile('fine_yuan', 0.9, '罚款第90百分位', '90th percentile fine (PERCENTILE.INC)'),
    minFineYuan: extreme('min', 'fine_yuan', '最低罚款', 'Smallest fine'),
    maxFineYuan: extreme('max', 'fine_yuan', '最高罚款', 'Largest fine'),
    noLeniencyCases: filteredCount(`f.leniency = 'NONE'`, '未适用从轻减轻案件数', 'Cases with leniency NONE: the denominator of outOfBandRate'),
    outOfBandCases: filteredCount('f.out_of_band', '超出裁量基准案件数', 'Cases with leniency NONE whose fine lies outside the band range in force on the decision date'),
    casesWithoutStandard: filteredCount(`f.leniency = 'NONE' and not f.has_standard`, '无适用基准案件数', 'Cases with leniency NONE for which no standard was in force (counted in the denominator, never as out of band)'),
    leniencyCases: filteredCount(`f.leniency <> 'NONE'`, '两轻两免案件数', 'Cases with leniency other than NONE (两轻两免 applied)'),
    firstOffenceMinorCases: filteredCount(`f.first_offence and f.band = 'MINOR'`, '首违轻微案件数', 'First-offence MINOR cases'),
    firstOffenceMinorLeniencyCases: filteredCount(`f.first_offence and f.band = 'MINOR' and f.leniency <> 'NONE'`, '首违轻微从宽案件数', 'First-offence MINOR cases with leniency'),
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
