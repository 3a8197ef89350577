/**
 * Column titles accepted for each canonical field: the camelCase name itself, plus the Chinese
 * titles agencies put on their spreadsheets. A title may stand for different fields in different
 * kinds (执法领域 is `domains` of an agency but `domain` of a problem); a kind never has two
 * fields that share a title (tests check it). ALIASES.md is rendered from this table.
 */
export const HEADER_ALIASES: Record<string, readonly string[]> = {
  // organisation
  regionCode: ['地区编码', '地区代码', '区划代码', '行政区划代码'],
  parentCode: ['上级地区编码', '上级区划代码', '上级编码'],
  type: ['类型', '地区类型', '培训类型'],
  name: ['名称', '单位名称', '地区名称', '姓名', '事项名称', '违法行为名称'],
  agencyCode: ['单位编码', '统一社会信用代码', '执法单位编码', '单位代码'],
  level: ['层级', '单位层级'],
  kind: ['单位类型', '单位类别'],
  domains: ['执法领域', '领域'],
  activeFrom: ['启用日期', '有效期起'],
  activeTo: ['停用日期', '有效期止'],
  // power items (权责清单)
  itemCode: ['事项编码', '事项代码', '执法事项编码'],
  actionType: ['事项类型', '职权类别', '行为类别'],
  // quarterly filings
  year: ['年度', '年份'],
  quarter: ['季度'],
  licensingCount: ['行政许可', '行政许可数'],
  penaltyCount: ['行政处罚', '行政处罚数'],
  compulsionCount: ['行政强制', '行政强制数'],
  inspectionCount: ['行政检查', '行政检查数'],
  levyCount: ['行政征收', '行政征收数'],
  confirmationCount: ['行政确认', '行政确认数'],
  paymentCount: ['行政给付', '行政给付数'],
  awardCount: ['行政奖励', '行政奖励数'],
  rulingCount: ['行政裁决', '行政裁决数'],
  otherCount: ['其他', '其他行政行为'],
  finesTotalYuan: ['罚没金额', '罚没金额(元)', '罚没款金额'],
  inspectionsPlanned: ['双随机抽查计划数', '计划抽查任务数'],
  inspectionsCompleted: ['双随机抽查完成数', '完成抽查任务数'],
  itemsTotal: ['执法事项总数', '权责清单事项数'],
  itemsExercised: ['已行使事项数', '行使事项数'],
  legalReviewsRequired: ['应法制审核数', '重大执法决定数'],
  legalReviewsDone: ['已法制审核数', '法制审核数'],
  disclosuresDue: ['应公示数'],
  disclosuresOnTime: ['按时公示数'],
  reconsiderations: ['行政复议数', '复议数'],
  reconsiderationsOverturned: ['复议纠错数', '复议被纠错数'],
  litigations: ['行政诉讼数', '诉讼数'],
  litigationsLost: ['败诉数', '诉讼败诉数'],
  complaintsReceived: ['投诉举报数', '受理投诉举报数'],
  complaintsResolved: ['办结投诉举报数'],
  nonSiteCases: ['非现场执法案件数', '非现场执法'],
  submittedAt: ['报送时间', '提交时间'],
  // penalty cases and discretion standards
  caseNo: ['案件编号', '案号'],
  decidedOn: ['决定日期', '处罚决定日期'],
  violationItemCode: ['违法行为编码', '违法行为代码', '裁量事项编码'],
  partyType: ['当事人类型'],
  band: ['违法情节', '情节', '裁量阶次'],
  leniency: ['从轻减轻', '两轻两免'],
  firstOffence: ['首违', '是否首违'],
  fineYuan: ['罚款金额', '罚款金额(元)'],
  legalReview: ['法制审核', '是否法制审核'],
  disclosedOn: ['公示日期'],
  nonSite: ['非现场执法', '是否非现场执法'],
  enterpriseImpactAssessed: ['涉企经济影响评估', '是否涉企经济影响评估'],
  fullProcessRecorded: ['全过程记录', '是否全过程记录'],
  validFrom: ['生效日期', '有效期起'],
  validTo: ['失效日期', '有效期止'],
  domain: ['执法领域', '领域'],
  legalBasis: ['法律依据', '处罚依据'],
  minYuan: ['罚款下限', '最低罚款(元)'],
  maxYuan: ['罚款上限', '最高罚款(元)'],
  // problems
  problemCode: ['问题编号'],
  status: ['状态', '整改状态'],
  statusOn: ['状态日期'],
  note: ['备注', '说明'],
  category: ['问题类型', '问题类别', '投诉类别', '投诉类型'],
  description: ['问题描述'],
  source: ['问题来源', '来源'],
  identifiedOn: ['发现日期', '查摆日期'],
  deadline: ['整改期限', '整改时限', '完成时限', '完成期限'],
  // reviews, surveys, workforce
  reviewer: ['评查人'],
  score: ['得分', '分数', '评分'],
  respondentGroup: ['调查对象', '调查群体'],
  respondents: ['样本数', '调查人数'],
  officerNo: ['人员编号', '执法人员编号'],
  certificateNo: ['执法证号', '证件编号'],
  certificateStatus: ['证件状态', '持证状态'],
  hours: ['学时', '培训学时'],
  result: ['考核结果', '年度考核结果', '考核等次'],
  testScore: ['测试成绩', '网上能力测试成绩', '能力测试成绩'],
  // complaints
  complaintNo: ['投诉编号', '举报编号', '工单编号'],
  channel: ['投诉渠道', '受理渠道', '渠道'],
  receivedAt: ['受理时间', '收到时间', '登记时间'],
  transferredToDiscipline: ['移送纪检监察', '是否移送纪检监察'],
  resolvedAt: ['办结时间'],
  complainantName: ['投诉人', '举报人', '投诉人姓名'],
  complainantPhone: ['投诉人电话', '联系电话'],
  // clue transfers
  clueCode: ['线索编号', '线索编码'],
  step: ['办理环节', '移送环节', '环节'],
  stepOn: ['环节日期', '办理日期'],
  receivingOrgan: ['接收机关', '移送机关'],
  documentNo: ['文书编号', '移送文号'],
  outcome: ['反馈结果', '处理结果'],
  // task list and progress reports
  taskCode: ['任务编号', '任务编码'],
  title: ['任务名称', '任务内容', '工作任务'],
  section: ['文件条目', '所属章节', '方案条目'],
  leadUnit: ['牵头单位', '责任单位'],
  phase: ['阶段', '实施阶段'],
  unitCode: ['报送单位编码', '报送单位代码'],
  half: ['半年度', '上下半年'],
  progress: ['完成进度', '进度', '进度(%)'],
  summary: ['工作情况', '进展情况', '情况摘要', '线索摘要'],
};

/** Sheet names that stand for a kind, besides the kind's own name. */
export const KIND_ALIASES: Record<string, readonly string[]> = {
  regions: ['地区'],
  agencies: ['执法单位'],
  powerItems: ['权责清单', '执法事项'],
  standards: ['裁量基准'],
  officers: ['执法人员'],
  training: ['培训'],
  assessments: ['年度考核', '考核'],
  filings: ['季度备案'],
  penalties: ['处罚案件'],
  problems: ['突出问题'],
  reviews: ['案卷评查'],
  surveys: ['满意度'],
  complaints: ['投诉举报'],
  tasks: ['任务清单'],
  progressReports: ['工作情况报送', '进展报送'],
  clues: ['问题线索移送', '线索移送'],
};

/** Spreadsheet titles vary in spaces, full-width brackets and letter case; compare them without. */
export function normaliseTitle(title: string): string {
  return title.replace(/^\uFEFF/, '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

const FIELDS_BY_TITLE = new Map<string, string[]>();
for (const [field, titles] of Object.entries(HEADER_ALIASES)) {
  for (const title of [field, ...titles]) {
    const key = normaliseTitle(title);
    FIELDS_BY_TITLE.set(key, [...(FIELDS_BY_TITLE.get(key) ?? []), field]);
  }
}

/** The canonical fields a column title may stand for (empty when unknown). */
export function fieldsForTitle(title: string): readonly string[] {
  return FIELDS_BY_TITLE.get(normaliseTitle(title)) ?? [];
}
