import { problemEvents, problems } from '../../server/db/tables/index.ts';
import { problemEventRepository, problemRepository } from '../../server/db/repositories/problem.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey, oneByKey } from './loader.ts';

/** Problems by code and their status histories by problem. */
export const problemLoaders = {
  problem: (r: Reader) => oneByKey((codes) => problemRepository.findAllIn(r, problems.code, codes), (x) => x.code),
  problemEvents: (r: Reader) => manyByKey((codes) => problemEventRepository.findAllIn(r, problemEvents.problemCode, codes), (x) => x.problemCode),
};
