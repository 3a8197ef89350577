import { agencies } from '../../server/db/tables/index.ts';
import { agencyRepository } from '../../server/db/repositories/agency.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey, oneByKey } from './loader.ts';

/** Agencies by code and by region. */
export const agencyLoaders = {
  agency: (r: Reader) => oneByKey((codes) => agencyRepository.findAllIn(r, agencies.code, codes), (x) => x.code),
  regionAgencies: (r: Reader) => manyByKey((codes) => agencyRepository.findAllIn(r, agencies.regionCode, codes), (x) => x.regionCode),
};
