import { metricDefinitions, VIEWS } from '../catalogue/metric-definitions.ts';
import { snakeCase } from '../catalogue/snake-case.ts';

/**
 * What each published column and table means, in Chinese and English: the one place the BI
 * publication (COMMENT ON), GET /api/marts and docs/bi.md take their wording from. Keyed by
 * column name, so a column means the same in every mart and view. The rates and the measures
 * come from the metric dictionary (warehouse/catalogue); the keys and the marts' own columns
 * are described here.
 */
export interface Description {
  zh: string;
  en: string;
}

/** A rate or a measure of the catalogue under its published (snake_case) column name. */
const FROM_CATALOGUE = new Map<string, Description>([
  ...VIEWS.flatMap((v) => v.measures.map((m): [string, Description] => [snakeCase(m.name), { zh: m.zh, en: m.en }])),
  ...metricDefinitions().map((m): [string, Description] => [snakeCase(m.name), { zh: m.titleZh, en: `${m.titleEn}: ${m.formula}` }]),
]);

const COLUMNS: Record<string, Description> = {
  year: { zh: '年度', en: 'Year' },
  quarter: { zh: '季度', en: 'Quarter (1–4)' },
  as_of: { zh: '统计截至日期（季末）', en: 'Snapshot date (quarter end)' },
  agency_code: { zh: '执法单位编码（统一社会信用代码）', en: 'Enforcement agency code (USCC)' },
  agency_name: { zh: '执法单位名称', en: 'Enforcement agency name' },
  agency_level: { zh: '单位层级', en: 'Agency level' },
  agency_kind: { zh: '单位类别', en: 'Agency kind' },
  active_from: { zh: '启用日期', en: 'Active from' },
  active_to: { zh: '停用日期', en: 'Active to' },
  region_code: { zh: '地区编码（区级分组：区、开发区或市直）', en: 'Region code (district-level group: district, zone or the city itself)' },
  region_name: { zh: '地区名称', en: 'Region name' },
  parent_code: { zh: '上级地区编码', en: 'Parent region code' },
  region_type: { zh: '地区类型', en: 'Region type' },
  group_code: { zh: '所属区级分组编码', en: 'District-level group code' },
  group_name: { zh: '所属区级分组名称', en: 'District-level group name' },
  ancestor_code: { zh: '上级（含自身）地区编码', en: 'Ancestor region code (itself included)' },
  descendant_code: { zh: '下级（含自身）地区编码', en: 'Descendant region code (itself included)' },
  domain_code: { zh: '执法领域编码', en: 'Enforcement domain code' },
  domain_name: { zh: '执法领域名称', en: 'Enforcement domain name' },
  name_zh: { zh: '中文名称', en: 'Chinese name' },
  name_en: { zh: '英文名称', en: 'English name' },
  is_due: { zh: '应报送（该季度单位在用）', en: 'Filing due (agency active in the quarter)' },
  has_filing: { zh: '已报送并审核通过', en: 'Accepted filing present' },
  filed_on_time: { zh: '按时报送（次月15日前，审核通过）', en: 'Filed on time (by the 15th of the next month, accepted)' },
  inspections_planned: { zh: '计划检查次数', en: 'Inspections planned' },
  inspections_completed: { zh: '完成检查次数（不超过计划数）', en: 'Inspections completed (capped at planned)' },
  inspections_completed_capped: { zh: '完成检查次数（不超过计划数）', en: 'Inspections completed (capped at planned)' },
  items_total: { zh: '权责清单事项数', en: 'Power-list items' },
  items_exercised: { zh: '已履行事项数', en: 'Power-list items exercised' },
  reconsiderations: { zh: '行政复议案件数', en: 'Administrative reconsiderations' },
  reconsiderations_overturned: { zh: '复议被纠错数', en: 'Reconsiderations overturned' },
  litigations: { zh: '行政诉讼案件数', en: 'Administrative litigations' },
  litigations_lost: { zh: '诉讼败诉数', en: 'Litigations lost' },
  penalty_count: { zh: '行政处罚案件数（报表）', en: 'Penalty cases (as filed)' },
  fines_total_yuan: { zh: '罚没金额（元）', en: 'Fines and confiscations (yuan)' },
  filings_due: { zh: '应报送数', en: 'Filings due' },
  filings_on_time: { zh: '按时报送数', en: 'Filings on time' },
  violation_item_code: { zh: '违法行为事项编码', en: 'Violation item code' },
  band: { zh: '裁量阶次', en: 'Discretion band' },
  leniency: { zh: '从轻减轻情形', en: 'Leniency' },
  cases: { zh: '处罚案件数', en: 'Penalty cases' },
  out_of_band_cases: { zh: '超出裁量幅度案件数', en: 'Cases fined outside the band' },
  cases_without_standard: { zh: '无适用裁量基准案件数', en: 'Cases without a standard in force' },
  first_offence_cases: { zh: '首违案件数', en: 'First-offence cases' },
  no_leniency_cases: { zh: '无从轻减轻案件数（超幅率分母）', en: 'Cases without leniency (out-of-band denominator)' },
  leniency_cases: { zh: '从轻减轻案件数', en: 'Cases with leniency' },
  total: { zh: '问题总数', en: 'Problems identified' },
  rectified: { zh: '已整改数（含已销号）', en: 'Problems rectified (verified included)' },
  verified: { zh: '已销号数', en: 'Problems verified (销号)' },
  overdue: { zh: '逾期未整改数', en: 'Problems overdue' },
  reviews: { zh: '案卷评查数', en: 'Case files reviewed' },
  review_score_sum: { zh: '评查得分合计', en: 'Sum of review scores' },
  respondents: { zh: '满意度调查样本数', en: 'Survey respondents' },
  weighted_score_sum: { zh: '满意度得分×样本数合计', en: 'Sum of survey score × respondents' },
  officers_with_valid_certificate: { zh: '持有效执法证人数', en: 'Officers with a valid certificate' },
  compliant_officers: { zh: '培训达标人数', en: 'Officers meeting both training targets' },
};

const TABLES: Record<string, Description> = {
  mart_supervision_agency_quarter: { zh: '监管履行（单位×季度）', en: 'Supervision performance figures per agency and quarter' },
  mart_penalty_agency_quarter: { zh: '处罚裁量（单位×季度×事项×阶次×情形）', en: 'Penalty discretion counts per agency, quarter, violation item, band and leniency' },
  mart_rectification_quarter_end: { zh: '问题整改（季末×地区×领域）', en: 'Problem rectification status at each quarter end per region and domain' },
  mart_evaluation_inputs_year: { zh: '效能评价基础数据（单位×年度）', en: 'Evaluation inputs (case reviews, surveys) per agency and year' },
  mart_workforce_year: { zh: '队伍建设（单位×年度）', en: 'Workforce certification and training per agency and year' },
  dim_region: { zh: '地区', en: 'Regions' },
  dim_region_closure: { zh: '地区层级（上级—下级）', en: 'Region hierarchy: every ancestor–descendant pair' },
  dim_agency: { zh: '执法单位', en: 'Enforcement agencies' },
  dim_domain: { zh: '执法领域', en: 'Enforcement domains' },
};

/** Readable fallback for a column nobody has described yet (a new mart column still gets a comment). */
const humanised = (name: string): Description => ({ zh: name, en: name.replace(/_/g, ' ') });

export function columnDescription(name: string): Description {
  return COLUMNS[name] ?? FROM_CATALOGUE.get(name) ?? humanised(name);
}

export function tableDescription(name: string): Description {
  return TABLES[name] ?? humanised(name);
}

/** 'zh（en）' — one line for a COMMENT ON or a tooltip. */
export const commentText = (d: Description) => `${d.zh}（${d.en}）`;
