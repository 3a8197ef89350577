import { penaltyCases } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import { quarterOf } from '../../domain/calendar.ts';
import type { PenaltyCase } from '../../../schema/penalties/penalty-case.type.ts';
import type { PenaltyCaseFilter, PenaltyCaseOrderField } from '../../../schema/penalties/penalty-case.filter.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';
import { agencyRegion } from './conditions.ts';

const c = penaltyCases;

export const penaltyCaseRepository = repository<typeof penaltyCases, PenaltyCase, PenaltyCaseFilter, PenaltyCaseOrderField>({
  entity: 'penaltyCase',
  table: penaltyCases,
  key: [c.agencyCode, c.caseNo],
  filters: {
    agencyCode: c.agencyCode, regionCode: agencyRegion(c.agencyCode), caseNo: c.caseNo, decidedOn: c.decidedOn,
    violationItemCode: c.violationItemCode, partyType: c.partyType, band: c.band, leniency: c.leniency,
    firstOffence: c.firstOffence, fineYuan: c.fineYuan, legalReview: c.legalReview, nonSite: c.nonSite,
  },
  orders: { AGENCY_CODE: c.agencyCode, CASE_NO: c.caseNo, DECIDED_ON: c.decidedOn, FINE_YUAN: c.fineYuan, BAND: c.band },
  typeName: 'PenaltyCase',
  references: [{ field: 'agency', column: c.agencyCode, target: () => agencyRepository.joinable }],
  resolvedFrom: { standard: ['violationItemCode', 'band', 'decidedOn'] },
  // A case counts in the year and quarter of its decision (domain.md §3).
  derived: {
    year: { from: ['decidedOn'], value: (row) => quarterOf(row.decidedOn).year },
    quarter: { from: ['decidedOn'], value: (row) => quarterOf(row.decidedOn).quarter },
  },
});

/** Records (or replaces) one case with the rules of a penalty-case file row; party data is left as it was. */
export const recordPenaltyCase = recordKind(KIND_TABLES.penalties, penaltyCaseRepository);
