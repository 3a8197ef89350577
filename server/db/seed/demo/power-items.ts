import type { DomainCode } from '../../../domain/domains.ts';
import { powerItems } from '../../tables/index.ts';
import { itemsOfDomains } from './violation-items.ts';
import { seedStep } from './step.ts';
import type { DemoAgency } from './agencies.ts';
import type { Random } from './prng.ts';
import type { World } from './world.ts';

/** What an agency regulates, by domain; power items are named after these. */
const SUBJECTS: Record<DomainCode, string[]> = {
  FOOD_DRUG: ['食品经营', '食品生产', '药品零售', '医疗器械经营'],
  MEDICAL_INSURANCE: ['定点医药机构', '医疗保障基金使用'],
  PUBLIC_HEALTH: ['公共场所卫生', '医疗机构执业', '生活饮用水卫生', '职业卫生'],
  NATURAL_RESOURCES: ['建设用地', '采矿', '建设工程规划', '测绘'],
  ECO_ENVIRONMENT: ['排污', '建设项目环境影响评价', '危险废物经营', '机动车排放检验'],
  WORK_SAFETY: ['危险化学品经营', '烟花爆竹经营', '非煤矿山安全生产', '工贸企业安全生产'],
  LABOUR: ['劳务派遣经营', '人力资源服务', '用人单位劳动用工', '社会保险'],
  URBAN_MANAGEMENT: ['城市道路占用', '户外广告设置', '建筑垃圾处置', '市容环境卫生'],
  TRANSPORT: ['道路旅客运输', '道路货物运输', '巡游出租汽车', '机动车维修'],
  FINANCE: ['小额贷款公司', '融资担保公司', '典当行', '地方金融组织'],
  EDUCATION: ['校外培训机构', '民办学校', '幼儿园办园'],
  OTHER: ['娱乐场所经营', '农药经营', '种子生产经营', '渔业捕捞', '产品质量'],
};

/** The ten kinds of 权责清单 items, with their code prefix, share and how an item is named. */
const ACTIONS: Record<string, { prefix: string; weight: number; title: (subject: string) => string }> = {
  行政处罚: { prefix: 'CF', weight: 55, title: (s) => `对${s}违法行为的处罚` },
  行政检查: { prefix: 'JC', weight: 12, title: (s) => `对${s}的监督检查` },
  行政强制: { prefix: 'QZ', weight: 10, title: (s) => `对${s}违法物品的查封、扣押` },
  行政许可: { prefix: 'XK', weight: 8, title: (s) => `${s}许可` },
  行政确认: { prefix: 'QR', weight: 4, title: (s) => `${s}备案确认` },
  其他: { prefix: 'QT', weight: 4, title: (s) => `${s}信息公示` },
  行政征收: { prefix: 'ZS', weight: 2, title: (s) => `${s}相关费用征收` },
  行政给付: { prefix: 'JF', weight: 2, title: (s) => `${s}相关补助给付` },
  行政奖励: { prefix: 'JL', weight: 2, title: (s) => `${s}违法行为举报奖励` },
  行政裁决: { prefix: 'CJ', weight: 1, title: (s) => `${s}争议裁决` },
};
const ACTION_WEIGHTS = Object.fromEntries(Object.entries(ACTIONS).map(([name, a]) => [name, a.weight]));

function* agencyItems(agency: DemoAgency, count: number, rng: Random) {
  // Penalty items name the catalogue's violations first, as real 权责清单 do.
  const violations = itemsOfDomains(agency.domains);
  for (let seq = 1; seq <= count; seq++) {
    const actionType = rng.weighted(ACTION_WEIGHTS);
    const violation = actionType === '行政处罚' && seq <= violations.length * 2 ? rng.pick(violations) : null;
    const domain = violation?.domain ?? rng.pick(agency.domains);
    yield {
      agencyCode: agency.code,
      itemCode: `${ACTIONS[actionType].prefix}-${String(seq).padStart(4, '0')}`,
      name: violation ? `对${violation.name}的处罚` : ACTIONS[actionType].title(rng.pick(SUBJECTS[domain])),
      domain,
      actionType,
    };
  }
}

/** 权责清单; also records each agency's item count, which its filings report as itemsTotal. */
export const powerItemStep = seedStep(powerItems, function* (world: World) {
  for (const agency of world.agencies) {
    const rng = world.rng.fork('power-items', agency.key);
    const count = Math.max(5, Math.round(agency.powerItems * world.volume * rng.uniform(0.9, 1.1)));
    world.powerItemCounts.set(agency.code, count);
    yield* agencyItems(agency, count, rng);
  }
});
