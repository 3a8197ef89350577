import type { CertificateStatus } from '../../../domain/enums.ts';
import { officers } from '../../tables/index.ts';
import { mobilePhone, residentId } from './identifiers.ts';
import { personName } from './names.ts';
import { seedStep } from './step.ts';
import type { DemoAgency } from './agencies.ts';
import type { World } from './world.ts';

export interface DemoOfficer {
  officerNo: string;
  name: string;
  agencyCode: string;
  certificateNo: string;
  certificateStatus: CertificateStatus;
  idNumber: string;
  phone: string;
}

const STATUS_WEIGHTS: Record<CertificateStatus, number> = { VALID: 88, EXPIRED: 5, SUSPENDED: 5, REVOKED: 2 };
/** Where officers were born: mostly the city's districts, some from neighbouring 黄州 and 大冶. */
const BIRTH_DIVISIONS = ['420702', '420703', '420704', '420704', '420700', '421102', '420281'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * An agency's officers (执法人员). A pure function of the world and the agency, so the training
 * and assessment generators can walk the same roster without keeping it in memory.
 */
export function roster(world: World, agency: DemoAgency): DemoOfficer[] {
  const rng = world.rng.fork('officers', agency.key);
  const count = Math.max(2, Math.round(agency.officers * world.volume * rng.uniform(0.85, 1.15)));
  return Array.from({ length: count }, (_, i) => {
    const birth = `${rng.int(1965, 1998)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
    return {
      officerNo: `EZ${pad(agency.serial, 5)}${pad(i + 1, 3)}`,
      name: personName(rng),
      agencyCode: agency.code,
      certificateNo: `HB${rng.int(2012, 2021)}${pad(agency.serial, 5)}${pad(i + 1, 3)}`,
      certificateStatus: rng.weighted(STATUS_WEIGHTS),
      idNumber: residentId(rng.pick(BIRTH_DIVISIONS), birth, rng),
      phone: mobilePhone(rng),
    };
  });
}

export const officerStep = seedStep(officers, function* (world: World) {
  for (const agency of world.agencies) yield* roster(world, agency);
});
