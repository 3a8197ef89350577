import { agencies, regions } from '../../tables/index.ts';
import { DEMO_REGIONS } from './regions.ts';
import { seedStep } from './step.ts';

export const regionStep = seedStep(regions, () =>
  DEMO_REGIONS.map((r) => ({ code: r.code, name: r.name, parentCode: r.parentCode, type: r.type })));

export const agencyStep = seedStep(agencies, (world) =>
  world.agencies.map((a) => ({
    code: a.code,
    name: a.name,
    regionCode: a.regionCode,
    level: a.level,
    kind: a.kind,
    domains: a.domains,
    activeFrom: a.activeFrom ?? null,
    activeTo: a.activeTo ?? null,
  })));
