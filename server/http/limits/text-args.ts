import { badInput, type FieldProblem } from '../../../schema/common/errors.ts';

/** Paths of the string values holding a NUL character, which PostgreSQL text cannot store or compare. */
function nulPaths(value: unknown, at: string, found: FieldProblem[]): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ field: at, reason: 'must not contain a NUL character (\\u0000)' });
  } else if (Array.isArray(value)) value.forEach((v, i) => nulPaths(v, `${at}[${i}]`, found));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) nulPaths(v, at ? `${at}.${key}` : key, found);
  }
  return found;
}

/** Refuses a NUL in any argument, filters and inputs alike, as BAD_USER_INPUT naming it, before a store sees it. */
export function refuseNulArgs(args: Record<string, unknown>): void {
  const problems = nulPaths(args, '', []);
  if (problems.length) throw badInput(problems);
}
