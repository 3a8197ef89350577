import { clueSteps } from '../../server/db/tables/index.ts';
import { clueStepRepository } from '../../server/db/repositories/clue.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey } from './loader.ts';

/** The procedure steps of clues, by clue. */
export const clueLoaders = {
  clueSteps: (r: Reader) => manyByKey((codes) => clueStepRepository.findAllIn(r, clueSteps.clueCode, codes), (x) => x.clueCode),
};
