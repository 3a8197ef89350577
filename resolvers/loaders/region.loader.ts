import { regions } from '../../server/db/tables/index.ts';
import { regionRepository } from '../../server/db/repositories/region.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey, oneByKey } from './loader.ts';

/** Regions by code and by parent (the tree, walked one batched level at a time). */
export const regionLoaders = {
  region: (r: Reader) => oneByKey((codes) => regionRepository.findAllIn(r, regions.code, codes), (x) => x.code),
  regionChildren: (r: Reader) => manyByKey((codes) => regionRepository.findAllIn(r, regions.parentCode, codes), (x) => x.parentCode ?? ''),
};
