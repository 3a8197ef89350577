/** How a kind of personal data is masked: enough stays to tell records apart, never to identify a person. */
export type PersonalKind = 'name' | 'idNumber' | 'phone';

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** Keeps `head` leading and `tail` trailing characters when the value is long enough to hide the rest. */
function keepEnds(chars: string[], head: number, tail: number): string {
  if (chars.length <= head + tail) return stars(chars.length);
  return chars.slice(0, head).join('') + stars(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

/**
 * Masks one value: a name keeps its first character ("张三" → "张*"), an ID number its region
 * prefix and last four ("4207**********1234"), a phone its first three and last four. Null
 * stays null, so a masked record still says whether the value was recorded.
 */
export function maskValue<T>(kind: PersonalKind, value: T): T | string {
  if (value == null || typeof value !== 'string' || value === '') return value;
  const chars = [...value]; // code points: a CJK name is masked per character
  if (kind === 'name') return chars[0] + stars(Math.max(chars.length - 1, 1));
  if (kind === 'idNumber') return keepEnds(chars, 4, 4);
  return keepEnds(chars, 3, 4);
}
