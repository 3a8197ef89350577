import { usccCheckCharacter } from '../../../domain/uscc.ts';
import type { Random } from './prng.ts';

/** Characters a USCC may contain; organisation-code bodies use them too so the USCC stays valid. */
const USCC_SYMBOLS = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];

/** GB 11714 organisation code: 8 characters and a check character (weights 3,7,9,10,5,8,4,2; mod 11). */
function organisationCode(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + parseInt(ch, 36) * weights[i], 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * A valid 统一社会信用代码: registration authority and kind ('11' government organ, '54' village
 * or residents' committee, '91' enterprise), the 6-digit division code, the organisation code
 * and the GB 32100 check character.
 */
export function uscc(kind: '11' | '54' | '91', divisionCode: string, organisationBody: string): string {
  const first17 = kind + divisionCode + organisationCode(organisationBody);
  return first17 + usccCheckCharacter(first17);
}

/** The organisation body of a government organ: '0', two random digits and a unique serial. */
export function organBody(serial: number, rng: Random): string {
  return `0${rng.int(10, 99)}${String(serial).padStart(5, '0')}`;
}

/** A post-2015 enterprise organisation body ("MA" and six symbols). */
export function enterpriseBody(rng: Random): string {
  let body = 'MA';
  while (body.length < 8) body += rng.pick(USCC_SYMBOLS);
  return body;
}

/** GB 11643 resident identity number with its mod-11 check character. */
export function residentId(divisionCode: string, birthDate: string, rng: Random): string {
  const first17 = divisionCode + birthDate.replaceAll('-', '') + String(rng.int(1, 999)).padStart(3, '0');
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, ch, i) => s + Number(ch) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const MOBILE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155',
  '157', '158', '159', '166', '173', '177', '180', '181', '182', '183', '186', '187', '188', '189', '199'];

export function mobilePhone(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
