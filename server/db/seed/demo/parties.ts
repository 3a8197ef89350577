import type { DomainCode } from '../../../domain/domains.ts';
import type { PartyType } from '../../../domain/enums.ts';
import { enterpriseBody, mobilePhone, residentId, uscc } from './identifiers.ts';
import { enterpriseName, otherPartyName, personName } from './names.ts';
import { regionByCode } from './regions.ts';
import type { Random } from './prng.ts';

/** The party of a case. Name, ID number and phone are personal data for INDIVIDUAL parties. */
export interface Party {
  partyType: PartyType;
  partyName: string;
  partyIdNumber: string;
  partyPhone: string;
}

const USUAL_MIX: Record<PartyType, number> = { ENTERPRISE: 60, INDIVIDUAL: 35, OTHER: 5 };
/** Street vendors and drivers are people; wage and insurance cases are against employers. */
const MIX_BY_DOMAIN: Partial<Record<DomainCode, Record<PartyType, number>>> = {
  TRANSPORT: { ENTERPRISE: 30, INDIVIDUAL: 65, OTHER: 5 },
  URBAN_MANAGEMENT: { ENTERPRISE: 35, INDIVIDUAL: 60, OTHER: 5 },
  NATURAL_RESOURCES: { ENTERPRISE: 45, INDIVIDUAL: 40, OTHER: 15 },
  LABOUR: { ENTERPRISE: 92, INDIVIDUAL: 5, OTHER: 3 },
  FINANCE: { ENTERPRISE: 97, INDIVIDUAL: 3, OTHER: 0 },
  ECO_ENVIRONMENT: { ENTERPRISE: 80, INDIVIDUAL: 15, OTHER: 5 },
};

const HOME_DIVISIONS = ['420702', '420703', '420704', '420704', '420704', '421102', '420106'];
const pad2 = (n: number) => String(n).padStart(2, '0');

export function partyFor(domain: DomainCode, districtCode: string, townshipName: string, rng: Random): Party {
  const partyType = rng.weighted(MIX_BY_DOMAIN[domain] ?? USUAL_MIX);
  const partyPhone = mobilePhone(rng);
  switch (partyType) {
    case 'INDIVIDUAL': {
      const birth = `${rng.int(1955, 2003)}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
      return { partyType, partyName: personName(rng), partyIdNumber: residentId(rng.pick(HOME_DIVISIONS), birth, rng), partyPhone };
    }
    case 'ENTERPRISE': {
      const local = /^42070[234]$/.test(districtCode) && rng.chance(0.6);
      const division = local ? districtCode : '420700';
      return { partyType, partyName: enterpriseName(domain, regionByCode(division).name, rng), partyIdNumber: uscc('91', division, enterpriseBody(rng)), partyPhone };
    }
    default:
      return { partyType, partyName: otherPartyName(townshipName, rng), partyIdNumber: uscc('54', '420700', enterpriseBody(rng)), partyPhone };
  }
}
