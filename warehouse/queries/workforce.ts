import type { Warehouse } from '../client.ts';
import { viewRows } from '../catalogue/view-rows.ts';
import { workforceView } from '../catalogue/workforce.view.ts';
import type { Dimension, Scope } from './scope.ts';

/** Training compliance and intensity (§4.7) of officers in a year, grouped; officers count under their agency's domains. */
export function workforceRows(warehouse: Warehouse, year: number, scope: Scope | null | undefined, groupBy: Dimension[]) {
  return viewRows(warehouse, workforceView, { ...scope, years: [year] }, groupBy);
}
