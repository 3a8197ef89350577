import { filings, powerItems } from '../../server/db/tables/index.ts';
import { filingRepository } from '../../server/db/repositories/filing.repository.ts';
import { powerItemRepository } from '../../server/db/repositories/power-item.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey } from './loader.ts';

/** What an agency reports on: its filings (by year and quarter) and its power items. */
export const filingLoaders = {
  agencyFilings: (r: Reader) => manyByKey((codes) => filingRepository.findAllIn(r, filings.agencyCode, codes), (x) => x.agencyCode),
  agencyPowerItems: (r: Reader) => manyByKey((codes) => powerItemRepository.findAllIn(r, powerItems.agencyCode, codes), (x) => x.agencyCode),
};
