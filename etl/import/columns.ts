import { RECORD_KINDS, RECORD_RULES, isRecordKind, type RecordKind } from '../../server/domain/records/index.ts';
import { fieldsForTitle, KIND_ALIASES, normaliseTitle } from './header-aliases.ts';
import { FileError } from './file-error.ts';

/**
 * How the columns of a file map to a kind's fields: `fields[i]` is column i's field, or null when
 * blank or not a field of the kind; `ignored` names the latter, reported back to the user.
 */
export interface ColumnMap {
  kind: RecordKind;
  fields: Array<string | null>;
  ignored: string[];
}

interface Fit {
  kind: RecordKind;
  fields: Array<string | null>;
  unknown: string[];
  duplicate: string[];
  missing: string[];
}

function fit(kind: RecordKind, headers: readonly string[]): Fit {
  const rules = RECORD_RULES[kind];
  const fields = headers.map((h) => (h.trim() === '' ? null : fieldsForTitle(h).find((f) => rules.fields.includes(f)) ?? null));
  const unknown = headers.filter((h, i) => h.trim() !== '' && fields[i] === null);
  const duplicate = fields.filter((f, i): f is string => f !== null && fields.indexOf(f) !== i);
  const missing = rules.required.filter((f) => !fields.includes(f));
  return { kind, fields, unknown, duplicate, missing };
}

/** Extra columns (a name column kept for readers, a remark) do not stop a file from loading. */
const fits = (f: Fit) => f.duplicate.length === 0 && f.missing.length === 0;
const known = (f: Fit) => f.fields.filter(Boolean).length;
const columnMap = (f: Fit): ColumnMap => ({ kind: f.kind, fields: f.fields, ignored: f.unknown });

function describe(f: Fit): string {
  const parts = [
    f.missing.length && `missing column(s) ${f.missing.join(', ')}`,
    f.unknown.length && `unknown column(s) ${f.unknown.join(', ')} (see ALIASES.md)`,
    f.duplicate.length && `column(s) given twice: ${[...new Set(f.duplicate)].join(', ')}`,
  ].filter(Boolean);
  return `as ${f.kind}: ${parts.join('; ')}`;
}

/**
 * Maps a header row to a kind. With a kind given (--kind, or a sheet named after a kind) the
 * header must fit that kind; otherwise the kind that has all its key columns and recognises the
 * most columns wins, and a tie is an error, so a file is never loaded as a kind it was not
 * meant to be. Columns the kind does not know are ignored and reported.
 */
export function mapColumns(headers: readonly string[], kind?: RecordKind): ColumnMap {
  if (headers.every((h) => h.trim() === '')) throw new FileError('the header row is empty');
  if (kind) {
    const f = fit(kind, headers);
    if (!fits(f)) throw new FileError(`the header does not fit ${describe(f)}`);
    return columnMap(f);
  }
  const all = RECORD_KINDS.map((k) => fit(k, headers));
  const fitting = all.filter(fits);
  const best = Math.max(0, ...fitting.map(known));
  const matching = fitting.filter((f) => known(f) === best);
  if (matching.length === 1) return columnMap(matching[0]);
  if (matching.length > 1) {
    throw new FileError(`the header fits several kinds (${matching.map((m) => m.kind).join(', ')}); say which with --kind`);
  }
  const closest = all.reduce((a, b) => (b.fields.filter(Boolean).length > a.fields.filter(Boolean).length ? b : a));
  throw new FileError(`cannot tell the kind of records from the header; closest ${describe(closest)}; or say it with --kind`);
}

/** The kind a sheet name stands for (`filings`, `季度备案`, …), if any. */
export function kindOfSheetName(name: string): RecordKind | undefined {
  const key = normaliseTitle(name);
  if (isRecordKind(key)) return key;
  return RECORD_KINDS.find((k) => KIND_ALIASES[k].some((alias) => normaliseTitle(alias) === key));
}
