import { inArray } from 'drizzle-orm';
import { agencies } from '../../server/db/tables/index.ts';
import { agencyRepository } from '../../server/db/repositories/agency.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey, oneByKey } from './loader.ts';

/** Agencies by code and by region. */
export function agencyLoaders(r: Reader) {
  return {
    agency: oneByKey((codes) => agencyRepository.findAll(r, inArray(agencies.code, codes)), (x) => x.code),
    regionAgencies: manyByKey((codes) => agencyRepository.findAll(r, inArray(agencies.regionCode, codes)), (x) => x.regionCode),
  };
}
