/** Enforcement domains (执法领域) named by the seed, with display names in both languages. */
export const ENFORCEMENT_DOMAINS = [
  { code: 'FOOD_DRUG', nameZh: '食品药品', nameEn: 'Food and drugs' },
  { code: 'MEDICAL_INSURANCE', nameZh: '医疗保障', nameEn: 'Medical insurance' },
  { code: 'PUBLIC_HEALTH', nameZh: '公共卫生', nameEn: 'Public health' },
  { code: 'NATURAL_RESOURCES', nameZh: '自然资源', nameEn: 'Natural resources' },
  { code: 'ECO_ENVIRONMENT', nameZh: '生态环境', nameEn: 'Ecology and environment' },
  { code: 'WORK_SAFETY', nameZh: '安全生产', nameEn: 'Work safety' },
  { code: 'LABOUR', nameZh: '劳动保障', nameEn: 'Labour protection' },
  { code: 'URBAN_MANAGEMENT', nameZh: '城市管理', nameEn: 'Urban management' },
  { code: 'TRANSPORT', nameZh: '交通运输', nameEn: 'Transport' },
  { code: 'FINANCE', nameZh: '金融服务', nameEn: 'Financial services' },
  { code: 'EDUCATION', nameZh: '教育培训', nameEn: 'Education and training' },
  { code: 'OTHER', nameZh: '其他', nameEn: 'Other' },
] as const;

export type DomainCode = (typeof ENFORCEMENT_DOMAINS)[number]['code'];
export const DOMAIN_CODES = ENFORCEMENT_DOMAINS.map((d) => d.code) as unknown as readonly [DomainCode, ...DomainCode[]];
