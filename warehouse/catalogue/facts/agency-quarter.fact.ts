import { defineFact } from '../fact.ts';
import { cappedSum, filteredCount, sum } from '../measure.ts';

/** fct_agency_quarter: the accepted filings' figures, per agency and quarter (a missing filing adds zeros). */
export const agencyQuarter = defineFact({
  name: 'agencyQuarter',
  table: 'fct_agency_quarter',
  zh: '单位季度备案', en: 'Agency quarter (filing)',
  grain: { zh: '每个单位每个季度一行（应报或已报）', en: 'one row per agency per quarter in which it was active or filed' },
  // A filing's domains are its agency's: DOMAIN goes through the agency–domain bridge (§4.1).
  columns: { agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year', quarter: 'quarter' },
  measures: {
    inspectionsPlanned: sum('inspections_planned', '双随机抽查计划数', 'Σ planned random inspections (双随机抽查任务)'),
    inspectionsCompleted: cappedSum('inspections_completed', 'inspections_planned', '双随机抽查完成数（不超过计划）', 'Σ min(completed, planned) inspections'),
    itemsTotal: sum('items_total', '权责清单事项数', 'Σ power items in force (权责清单事项)'),
    itemsExercised: sum('items_exercised', '行使事项数', 'Σ power items exercised'),
    filingsDue: filteredCount('f.is_due', '应报备案数', 'Filings due: active agencies × quarters in scope (a missing filing counts as late)'),
    filingsOnTime: filteredCount('f.filed_on_time', '按时备案数', 'Accepted filings submitted on or before their due date (Asia/Shanghai)'),
    filingsAccepted: filteredCount('f.has_filing', '已接收备案数', 'Accepted filings in scope'),
    reconsiderations: sum('reconsiderations', '行政复议数', 'Σ administrative reconsiderations (行政复议)'),
    reconsiderationsOverturned: sum('reconsiderations_overturned', '复议纠错数', 'Σ reconsiderations that overturned the decision (纠错)'),
    litigations: sum('litigations', '行政诉讼数', 'Σ administrative litigations (行政诉讼)'),
    litigationsLost: sum('litigations_lost', '败诉数', 'Σ litigations lost (败诉)'),
    disclosuresDue: sum('disclosures_due', '应公示数', 'Σ decisions due for disclosure (行政执法公示), as filed'),
    disclosuresOnTime: cappedSum('disclosures_on_time', 'disclosures_due', '按时公示数（不超过应公示数）', 'Σ min(disclosures on time, disclosures due), as filed'),
    legalReviewsRequired: sum('legal_reviews_required', '应法制审核数', 'Σ major decisions requiring legal review (重大执法决定法制审核), as filed'),
    legalReviewsDone: cappedSum('legal_reviews_done', 'legal_reviews_required', '已法制审核数（不超过应审核数）', 'Σ min(legal reviews done, required), as filed'),
    inspections: sum('inspection_count', '行政检查数', 'Σ inspectionCount (行政检查) of the accepted filings'),
    penalties: sum('penalty_count', '行政处罚数', 'Σ penaltyCount (行政处罚) of the accepted filings'),
  },
});
