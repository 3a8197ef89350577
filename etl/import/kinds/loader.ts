import type { Reference } from '../references.ts';
import type { Tx, UpsertCounts } from '../upsert.ts';

/** A row that passed the field rules, with its 1-based data row number. */
export interface ValidRow<R> {
  row: number;
  record: R;
}

/** A row refused while writing (a state rule such as a problem's status transition). */
export interface WriteReject {
  row: number;
  field: string;
  reason: string;
}

export interface WriteOutcome extends UpsertCounts {
  rejects: WriteReject[];
}

export interface LoaderContext {
  tx: Tx;
  actor: string;
  /** --accept: filings become ACCEPTED, reviewed by the actor. */
  accept: boolean;
  /** One instant for the whole command: submission and review times of this import. */
  now: Date;
}

/** How the records of one kind reach the store; one loader serves one file in one transaction. */
export interface KindLoader<R> {
  /** Code fields that must name an existing record. */
  references: readonly Reference[];
  /** The code each row makes known to the rows after it (a region, for its child regions). */
  provides?: Reference;
  /** Whether write refuses rows (state rules); only then are the rows' raw values kept to report them. */
  refusesWhileWriting?: boolean;
  write(rows: ValidRow<R>[]): Promise<WriteOutcome>;
}

export type LoaderFactory<R> = (ctx: LoaderContext) => KindLoader<R>;
