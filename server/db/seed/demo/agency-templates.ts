import type { AgencyKind, AgencyLevel } from '../../../domain/enums.ts';
import type { DomainCode } from '../../../domain/domains.ts';
import { CITY_CODE, DISTRICTS, TOWNSHIPS, ZONE_CODES } from './regions.ts';

/** One enforcement agency of the demo city at scale 1, with its yearly workload. */
export interface AgencyTemplate {
  key: string;
  name: string;
  /** Short name used in decision numbers (处罚决定书文号). */
  short: string;
  regionCode: string;
  level: AgencyLevel;
  kind: AgencyKind;
  domains: DomainCode[];
  casesPerYear: number;
  officers: number;
  powerItems: number;
  activeFrom?: string;
  activeTo?: string;
}

type Workload = Pick<AgencyTemplate, 'casesPerYear' | 'officers' | 'powerItems'>;
const load = (casesPerYear: number, officers: number, powerItems: number): Workload => ({ casesPerYear, officers, powerItems });

const city = (key: string, name: string, short: string, domains: DomainCode[], work: Workload, kind: AgencyKind = 'DEPARTMENT'): AgencyTemplate =>
  ({ key: `city-${key}`, name, short, regionCode: CITY_CODE, level: 'CITY', kind, domains, ...work });

/** 市直: the city departments of the seed's key domains. */
const CITY_AGENCIES: AgencyTemplate[] = [
  city('amr', '鄂州市市场监督管理局', '鄂州市监', ['FOOD_DRUG', 'OTHER'], load(420, 60, 360)),
  city('eco', '鄂州市生态环境局', '鄂州环', ['ECO_ENVIRONMENT'], load(160, 35, 240)),
  city('transport', '鄂州市交通运输局', '鄂州交', ['TRANSPORT'], load(380, 45, 200)),
  city('urban', '鄂州市城市管理执法委员会', '鄂州城执', ['URBAN_MANAGEMENT', 'ECO_ENVIRONMENT'], load(520, 70, 420), 'COMPREHENSIVE'),
  city('hrss', '鄂州市人力资源和社会保障局', '鄂州人社', ['LABOUR'], load(90, 20, 150)),
  city('emergency', '鄂州市应急管理局', '鄂州应急', ['WORK_SAFETY'], load(140, 25, 180)),
  city('health', '鄂州市卫生健康委员会', '鄂州卫', ['PUBLIC_HEALTH'], load(150, 30, 260)),
  city('nature', '鄂州市自然资源和规划局', '鄂州自然资源', ['NATURAL_RESOURCES'], load(110, 30, 220)),
  city('medical', '鄂州市医疗保障局', '鄂州医保', ['MEDICAL_INSURANCE'], load(60, 15, 90)),
  city('edu', '鄂州市教育局', '鄂州教', ['EDUCATION'], load(25, 10, 80)),
  // The 2024 institutional reform turned the financial work bureau into a financial regulation bureau.
  { ...city('finance', '鄂州市地方金融工作局', '鄂州金融', ['FINANCE'], load(8, 6, 40)), activeTo: '2024-03-31' },
  { ...city('finance-2024', '鄂州市地方金融管理局', '鄂州金管', ['FINANCE'], load(10, 8, 45)), activeFrom: '2024-04-01' },
  city('agri', '鄂州市农业农村局', '鄂州农', ['OTHER'], load(70, 20, 200)),
  city('water', '鄂州市水利和湖泊局', '鄂州水', ['NATURAL_RESOURCES', 'ECO_ENVIRONMENT'], load(50, 15, 150)),
  city('culture', '鄂州市文化和旅游局', '鄂州文旅', ['OTHER'], load(40, 12, 120)),
];

/** Branches every district has; {d} is the district's name. */
const DISTRICT_BRANCHES: Array<Omit<AgencyTemplate, 'regionCode' | 'level'>> = [
  { key: 'amr', name: '{d}市场监督管理局', short: '市监', kind: 'DEPARTMENT', domains: ['FOOD_DRUG', 'OTHER'], ...load(300, 40, 300) },
  { key: 'zhzf', name: '{d}综合行政执法局', short: '综执', kind: 'COMPREHENSIVE', domains: ['URBAN_MANAGEMENT', 'ECO_ENVIRONMENT', 'NATURAL_RESOURCES'], ...load(420, 50, 500) },
  { key: 'eco', name: '鄂州市生态环境局{d}分局', short: '环', kind: 'DEPARTMENT', domains: ['ECO_ENVIRONMENT'], ...load(60, 12, 150) },
  { key: 'emergency', name: '{d}应急管理局', short: '应急', kind: 'DEPARTMENT', domains: ['WORK_SAFETY'], ...load(90, 15, 150) },
  { key: 'hrss', name: '{d}人力资源和社会保障局', short: '人社', kind: 'DEPARTMENT', domains: ['LABOUR', 'MEDICAL_INSURANCE'], ...load(50, 12, 120) },
  { key: 'health', name: '{d}卫生健康局', short: '卫', kind: 'DEPARTMENT', domains: ['PUBLIC_HEALTH'], ...load(80, 15, 200) },
  { key: 'nature', name: '鄂州市自然资源和规划局{d}分局', short: '自然资源', kind: 'DEPARTMENT', domains: ['NATURAL_RESOURCES'], ...load(60, 12, 150) },
];

/** Relative size of the districts: 鄂城区 is the urban core, 梁子湖区 the rural lake district. */
const DISTRICT_SIZE: Record<string, { short: string; size: number }> = {
  '420702': { short: '梁区', size: 0.7 },
  '420703': { short: '华区', size: 1.0 },
  '420704': { short: '鄂城', size: 1.3 },
};

const scaled = (work: Workload, size: number): Workload =>
  load(Math.round(work.casesPerYear * size), Math.round(work.officers * size), Math.round(work.powerItems * size));

const DISTRICT_AGENCIES: AgencyTemplate[] = DISTRICTS.filter((d) => d.type === 'DISTRICT').flatMap((d) =>
  DISTRICT_BRANCHES.map((b) => ({
    ...b,
    ...scaled(b, DISTRICT_SIZE[d.code].size),
    key: `${d.code}-${b.key}`,
    name: b.name.replace('{d}', d.name),
    short: DISTRICT_SIZE[d.code].short + b.short,
    regionCode: d.code,
    level: 'DISTRICT' as const,
  })),
);

const zone = (key: string, regionCode: string, name: string, short: string, kind: AgencyKind, domains: DomainCode[], work: Workload): AgencyTemplate =>
  ({ key, name, short, regionCode, level: 'DISTRICT', kind, domains, ...work });

const ZONE_AGENCIES: AgencyTemplate[] = [
  zone('gedian-zhzf', ZONE_CODES.gedian, '葛店开发区综合执法局', '葛开综执', 'COMPREHENSIVE', ['URBAN_MANAGEMENT', 'ECO_ENVIRONMENT', 'WORK_SAFETY'], load(260, 30, 380)),
  zone('gedian-amr', ZONE_CODES.gedian, '葛店开发区市场监督管理局', '葛开市监', 'DEPARTMENT', ['FOOD_DRUG', 'OTHER'], load(180, 20, 260)),
  zone('gedian-emergency', ZONE_CODES.gedian, '葛店开发区应急管理局', '葛开应急', 'DEPARTMENT', ['WORK_SAFETY'], load(70, 10, 120)),
  zone('linkong-zhzf', ZONE_CODES.linkong, '临空经济区综合执法局', '临空综执', 'COMPREHENSIVE', ['URBAN_MANAGEMENT', 'NATURAL_RESOURCES', 'ECO_ENVIRONMENT'], load(200, 25, 360)),
  zone('linkong-amr', ZONE_CODES.linkong, '临空经济区市场监督管理局', '临空市监', 'DEPARTMENT', ['FOOD_DRUG'], load(120, 15, 220)),
  zone('linkong-transport', ZONE_CODES.linkong, '临空经济区交通运输局', '临空交', 'DEPARTMENT', ['TRANSPORT'], load(90, 12, 110)),
];

/** Townships received delegated powers (赋权); two of them only partway through the programme. */
const TOWNSHIP_ACTIVE_FROM: Record<string, string> = { 梧桐湖新区: '2023-01-01', 沙窝乡: '2022-07-01' };
const LAKESIDE = new Set(['420702']);

const TOWNSHIP_AGENCIES: AgencyTemplate[] = TOWNSHIPS.map((t) => {
  const district = DISTRICTS.find((d) => d.code === t.parentCode)!;
  const domains: DomainCode[] = t.name.endsWith('街道')
    ? ['URBAN_MANAGEMENT']
    : ['URBAN_MANAGEMENT', 'NATURAL_RESOURCES', 'WORK_SAFETY', ...(LAKESIDE.has(district.code) ? ['ECO_ENVIRONMENT' as const] : [])];
  return {
    key: `township-${t.code}`,
    name: `${district.name}${t.name}综合执法办公室`,
    short: t.name.replace(/(镇|乡|街道|新区)$/, ''),
    regionCode: t.code,
    level: 'TOWNSHIP',
    kind: 'TOWNSHIP',
    domains,
    ...load(t.name.endsWith('街道') ? 60 : 35, 8, 90),
    ...(TOWNSHIP_ACTIVE_FROM[t.name] ? { activeFrom: TOWNSHIP_ACTIVE_FROM[t.name] } : {}),
  };
});

export const AGENCY_TEMPLATES: AgencyTemplate[] = [...CITY_AGENCIES, ...DISTRICT_AGENCIES, ...ZONE_AGENCIES, ...TOWNSHIP_AGENCIES];
