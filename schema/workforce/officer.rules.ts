import type { FieldProblem } from '../common/errors.ts';

// GB 11643-1999: the 18th character of a resident ID number is a check over the first 17.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * Checks the officer's ID number and phone, which the import's record rules leave out (files
 * never carry them), so only the upsertOfficer mutation needs these rules.
 */
export function officerContactProblems(input: { idNumber?: string | null; phone?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const id = input.idNumber?.trim().toUpperCase();
  if (id) {
    if (!/^\d{17}[\dX]$/.test(id)) problems.push({ field: 'idNumber', reason: 'must be 17 digits followed by a digit or X' });
    else {
      const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
      if (id[17] !== ID_CHECK[sum % 11]) problems.push({ field: 'idNumber', reason: `check character should be '${ID_CHECK[sum % 11]}'` });
    }
  }
  if (input.phone?.trim() && !/^\+?\d[\d -]{4,19}$/.test(input.phone.trim())) {
    problems.push({ field: 'phone', reason: 'must be a phone number: digits, spaces or dashes, 5 to 20 characters' });
  }
  return problems;
}
