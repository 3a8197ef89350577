import DataLoader from 'dataloader';
import { standardsInForce, type BandOn } from '../../server/db/repositories/standard.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import type { Standard } from '../../schema/standards/standard.type.ts';

/** The discretion band in force for a violation item on a day (a penalty case's decidedOn). */
export const standardLoaders = {
  standardInForce: (r: Reader) => new DataLoader<BandOn, Standard | null, string>((wanted) => standardsInForce(r, wanted), {
    cacheKeyFn: (w) => `${w.violationItemCode}|${w.band}|${w.on}`,
  }),
};
