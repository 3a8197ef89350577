import { officerAssessments, officers, training } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { Assessment, Officer, Training } from '../../../schema/workforce/officer.type.ts';
import type { OfficerFilter, OfficerOrderField } from '../../../schema/workforce/officer.filter.ts';
import type { OfficerInput } from '../../../schema/workforce/officer.input.ts';
import { officerContactProblems } from '../../../schema/workforce/officer.rules.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';

export const officerRepository = repository<typeof officers, Officer, OfficerFilter, OfficerOrderField>({
  entity: 'officer',
  table: officers,
  key: [officers.officerNo],
  filters: {
    officerNo: officers.officerNo, name: officers.name, agencyCode: officers.agencyCode,
    certificateNo: officers.certificateNo, certificateStatus: officers.certificateStatus,
  },
  orders: {
    OFFICER_NO: officers.officerNo, NAME: officers.name, AGENCY_CODE: officers.agencyCode,
    CERTIFICATE_STATUS: officers.certificateStatus,
  },
  typeName: 'Officer',
  references: [{ field: 'agency', column: officers.agencyCode, target: () => agencyRepository.joinable }],
});

/** Training and assessments are read only through their officer, so they need no filters. */
export const trainingRepository = repository<typeof training, Training, object, never>({
  entity: 'training', table: training, key: [training.officerNo, training.year, training.type], filters: {}, orders: {},
  typeName: 'Training',
});

export const assessmentRepository = repository<typeof officerAssessments, Assessment, object, never>({
  entity: 'assessment', table: officerAssessments, key: [officerAssessments.officerNo, officerAssessments.year],
  filters: {}, orders: {}, typeName: 'Assessment',
});

/** Records (or replaces) an officer; the contact details, which files do not carry, are stored beside the record. */
export const upsertOfficer = recordKind(KIND_TABLES.officers, officerRepository, {
  extra: (_tx, input: OfficerInput) => officerContactProblems(input),
  values: (input) => ({ idNumber: input.idNumber?.trim().toUpperCase() || null, phone: input.phone?.trim() || null }),
});

export const recordTraining = recordKind(KIND_TABLES.training, trainingRepository);

/** Records (replaces) an officer's assessment of one year with the rules of an assessments file row. */
export const recordAssessment = recordKind(KIND_TABLES.assessments, assessmentRepository);
