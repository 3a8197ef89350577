import { Invalid, type RawValue } from './values.ts';

export type { RawValue } from './values.ts';
export type RawRow = Record<string, RawValue>;

/** Why one field of a row was refused; `field` is the canonical camelCase name. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export type ParseResult<T> = { ok: true; record: T } | { ok: false; problems: FieldProblem[] };

/** Field rules of one record kind, shared by file import and GraphQL mutations. */
export interface RecordRules<T> {
  /** Canonical field names, in the order a template file lists them. */
  fields: readonly string[];
  /** Fields that identify a record: a second row with the same key is a duplicate. */
  key: readonly string[];
  /** Fields a file must have as columns for its kind to be recognised. */
  required: readonly string[];
  parse(raw: RawRow): ParseResult<T>;
}

/** Turns one cell (or GraphQL input field) into the field's value, or says why it cannot. */
export type FieldRule<T> = (value: RawValue) => T | Invalid;

type Shape = Record<string, FieldRule<unknown>>;
type FieldsOf<S extends Shape> = { [K in keyof S]: S[K] extends FieldRule<infer T> ? T : never };

/** Adds a problem about one field from a record's object-level rule. */
export type Refuse<R> = (field: keyof R & string, reason: string) => void;

/** A record kind's field rules, its object-level rule and what the record becomes once both pass. */
export interface RecordSchema<R> {
  readonly shape: Shape;
  readonly check: ((record: never, refuse: Refuse<never>) => void) | undefined;
  readonly finish: ((record: never) => R) | undefined;
}

export type RecordOf<S> = S extends RecordSchema<infer R> ? R : never;

/**
 * Declares a record kind: one rule per field, then `check` across fields, which runs only when
 * every field passed (as zod's superRefine did), then `finish` for values derived from others.
 */
export function recordSchema<S extends Shape, R = FieldsOf<S>>(
  shape: S,
  check?: (record: FieldsOf<S>, refuse: Refuse<FieldsOf<S>>) => void,
  finish?: (record: FieldsOf<S>) => R,
): RecordSchema<R> {
  return { shape, check: check as RecordSchema<R>['check'], finish: finish as RecordSchema<R>['finish'] };
}

/**
 * The `parse<Kind>Row` function every kind exports: one pass over the fields, problems in field
 * order. Absent fields are blank, so every field's own rule (required, default) decides about them.
 */
export function rowParser<R>(fields: readonly string[], schema: RecordSchema<R>): (raw: RawRow) => ParseResult<R> {
  const names = Object.keys(schema.shape);
  if (names.length !== fields.length || !fields.every((f) => f in schema.shape)) {
    throw new Error(`fields ${fields.join(', ')} are not the schema's ${names.join(', ')}`);
  }
  const rules = names.map((n) => schema.shape[n]);
  const check = schema.check as ((record: Record<string, unknown>, refuse: Refuse<unknown>) => void) | undefined;
  const finish = schema.finish as ((record: Record<string, unknown>) => R) | undefined;
  // Parsing is synchronous, so one `refuse` per kind can collect into the row being checked.
  let refused: FieldProblem[] | null = null;
  const refuse = (field: string, reason: string) => {
    (refused ??= []).push({ field, reason });
  };
  return (raw) => {
    const record: Record<string, unknown> = {};
    let problems: FieldProblem[] | null = null;
    for (let i = 0; i < names.length; i++) {
      const value = rules[i](raw[names[i]]);
      if (value instanceof Invalid) (problems ??= []).push({ field: names[i], reason: value.reason });
      else record[names[i]] = value;
    }
    if (problems) return { ok: false, problems };
    if (check) {
      refused = null;
      check(record, refuse);
      const found = refused as FieldProblem[] | null;
      if (found) return { ok: false, problems: found };
    }
    return { ok: true, record: finish ? finish(record) : (record as R) };
  };
}
