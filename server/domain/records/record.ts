import type { z } from 'zod';
import type { RawValue } from './values.ts';

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

/**
 * Wraps a zod object schema as the `parse<Kind>Row` function every kind exports. Absent fields
 * are passed as null so that every field's own rule (required, default) decides about them.
 */
export function rowParser<S extends z.ZodType>(fields: readonly string[], schema: S): (raw: RawRow) => ParseResult<z.output<S>> {
  return (raw) => {
    const result = schema.safeParse(Object.fromEntries(fields.map((f) => [f, raw[f] ?? null])));
    if (result.success) return { ok: true, record: result.data };
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        field: issue.path.length ? String(issue.path[0]) : '(row)',
        reason: issue.message,
      })),
    };
  };
}

/** Adds an issue about one field from an object-level rule (zod superRefine). */
export function refuse(ctx: z.RefinementCtx, field: string, reason: string): void {
  ctx.addIssue({ code: 'custom', path: [field], message: reason });
}
