import type { RegionType } from '../../../domain/enums.ts';

export interface DemoRegion {
  code: string;
  name: string;
  parentCode: string | null;
  type: RegionType;
}

export const CITY_CODE = '420700';

/**
 * The two functional zones have no national division code. The project gives them stable codes
 * in the city's range that no national code uses (4207 + 9x): 葛店开发区 420791, 临空经济区 420792.
 */
export const ZONE_CODES = { gedian: '420791', linkong: '420792' } as const;

export const DISTRICTS: DemoRegion[] = [
  { code: '420702', name: '梁子湖区', parentCode: CITY_CODE, type: 'DISTRICT' },
  { code: '420703', name: '华容区', parentCode: CITY_CODE, type: 'DISTRICT' },
  { code: '420704', name: '鄂城区', parentCode: CITY_CODE, type: 'DISTRICT' },
  { code: ZONE_CODES.gedian, name: '葛店开发区', parentCode: CITY_CODE, type: 'ZONE' },
  { code: ZONE_CODES.linkong, name: '临空经济区', parentCode: CITY_CODE, type: 'ZONE' },
];

/**
 * Real townships and streets of the three districts. Their codes are shaped like the statistics
 * division codes (district + 0xx street, 1xx town, 2xx township) but are assigned by the project.
 */
const TOWNSHIP_NAMES: Record<string, string[]> = {
  '420702': ['太和镇', '东沟镇', '沼山镇', '涂家垴镇', '梧桐湖新区'],
  '420703': ['华容镇', '段店镇', '庙岭镇', '临江乡', '蒲团乡'],
  '420704': ['凤凰街道', '古楼街道', '西山街道', '燕矶镇', '杨叶镇', '花湖镇', '汀祖镇', '泽林镇', '碧石渡镇', '新庙镇', '长港镇', '沙窝乡'],
};

function townshipCode(districtCode: string, name: string, serial: number): string {
  const series = name.endsWith('街道') ? 0 : name.endsWith('乡') ? 200 : 100;
  return `${districtCode}${String(series + serial).padStart(3, '0')}`;
}

export const TOWNSHIPS: DemoRegion[] = Object.entries(TOWNSHIP_NAMES).flatMap(([districtCode, names]) =>
  names.map((name, i) => ({ code: townshipCode(districtCode, name, i + 1), name, parentCode: districtCode, type: 'TOWNSHIP' as const })),
);

export const DEMO_REGIONS: DemoRegion[] = [
  { code: CITY_CODE, name: '鄂州市', parentCode: null, type: 'CITY' },
  ...DISTRICTS,
  ...TOWNSHIPS,
];

export function regionByCode(code: string): DemoRegion {
  const region = DEMO_REGIONS.find((r) => r.code === code);
  if (!region) throw new Error(`unknown demo region ${code}`);
  return region;
}
