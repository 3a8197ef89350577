import type { DomainCode } from '../../../domain/domains.ts';
import type { Random } from './prng.ts';

/** Common surnames, the most frequent first; picked with a bias to the front as in real life. */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞波辉俊峰建国志文斌浩宇晨欣怡子涵梓轩雨婷佳琪思远海燕春梅丹阳凯鑫成亮松林晶莉'];

export function personName(rng: Random): string {
  const surname = SURNAMES[Math.floor(SURNAMES.length * rng.next() ** 1.6)];
  const given = rng.pick(GIVEN) + (rng.chance(0.75) ? rng.pick(GIVEN) : '');
  return surname + given;
}

const TRADE_NAMES = [...'鑫华盛源泰恒兴达隆通宏顺祥瑞福安康美佳丰利德嘉和昌晟凯润宝辰'];

/** The line of business an enterprise party typically has, by enforcement domain. */
const BUSINESSES: Record<DomainCode, string[]> = {
  FOOD_DRUG: ['餐饮管理有限公司', '食品有限公司', '超市', '大药房有限公司', '生鲜便利店'],
  MEDICAL_INSURANCE: ['医院', '大药房有限公司', '诊所', '中医门诊部'],
  PUBLIC_HEALTH: ['宾馆', '美容美发店', '游泳馆', '诊所', '自来水有限公司'],
  NATURAL_RESOURCES: ['建材有限公司', '矿业有限公司', '置业有限公司', '砂石有限公司'],
  ECO_ENVIRONMENT: ['化工有限公司', '金属制品有限公司', '建材有限公司', '再生资源回收有限公司'],
  WORK_SAFETY: ['机械制造有限公司', '物流有限公司', '烟花爆竹经营部', '钢结构工程有限公司'],
  LABOUR: ['建筑劳务有限公司', '人力资源服务有限公司', '服饰有限公司', '电子科技有限公司'],
  URBAN_MANAGEMENT: ['餐馆', '渣土运输有限公司', '广告传媒有限公司', '建筑工程有限公司'],
  TRANSPORT: ['汽车运输有限公司', '出租汽车有限公司', '物流有限公司', '驾驶员培训有限公司'],
  FINANCE: ['小额贷款有限公司', '融资担保有限公司', '典当有限公司', '投资咨询有限公司'],
  EDUCATION: ['教育咨询有限公司', '培训学校', '文化艺术培训中心', '托育服务有限公司'],
  OTHER: ['农资经营部', '商贸有限公司', '网吧', '文化传媒有限公司', '电器商行'],
};

/** `place` is the registering district's name, or 鄂州市 for firms registered with the city. */
export function enterpriseName(domain: DomainCode, place: string, rng: Random): string {
  return place + rng.pick(TRADE_NAMES) + rng.pick(TRADE_NAMES) + rng.pick(BUSINESSES[domain]);
}

const VILLAGES = ['新华', '红星', '胜利', '长岭', '东港', '杨湾', '刘畈', '程湾', '吴桥', '石山'];

/** A party that is neither an enterprise nor a person: village committees, co-operatives, schools. */
export function otherPartyName(townshipName: string, rng: Random): string {
  switch (rng.int(0, 3)) {
    case 0: return `${townshipName}${rng.pick(VILLAGES)}村村民委员会`;
    case 1: return `${townshipName}${rng.pick(VILLAGES)}社区居民委员会`;
    case 2: return `鄂州市${rng.pick(VILLAGES)}${rng.pick(TRADE_NAMES)}农民专业合作社`;
    default: return `${townshipName}中心卫生院`;
  }
}
