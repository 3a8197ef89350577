import type { Warehouse } from '../client.ts';
import { penaltyCase } from '../catalogue/facts/penalty-case.fact.ts';
import { penaltyView } from '../catalogue/penalty.view.ts';
import { viewRows } from '../catalogue/view-rows.ts';
import type { Dimension, Scope } from './scope.ts';

/** A penalty case's domain is its violation item's (via the discretion standard), not its agency's. */
export const PENALTY_COLUMNS = penaltyCase.columns;

/** Penalty discretion (处罚裁量, domain.md §4.5) for each group of cases in scope. */
export function penaltyDiscretionRows(warehouse: Warehouse, scope: Scope | null | undefined, groupBy: Dimension[]) {
  return viewRows(warehouse, penaltyView, scope, groupBy);
}
