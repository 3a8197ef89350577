import { and, eq } from 'drizzle-orm';
import { agencies, officerAssessments, officers, training } from '../tables/index.ts';
import { parseOfficerRow } from '../../domain/records/officers.ts';
import { parseTrainingRow } from '../../domain/records/training.ts';
import { parseAssessmentRow } from '../../domain/records/assessments.ts';
import type { Assessment, Officer, Training } from '../../../schema/workforce/officer.type.ts';
import type { OfficerFilter, OfficerOrderField } from '../../../schema/workforce/officer.filter.ts';
import type { AssessmentInput, OfficerInput, TrainingInput } from '../../../schema/workforce/officer.input.ts';
import { officerContactProblems } from '../../../schema/workforce/officer.rules.ts';
import { agencyRepository } from './agency.repository.ts';
import { repository, type Reader } from './repository.ts';
import { audited, upsertRow, validRecord } from './write.ts';

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

export function upsertOfficer(r: Reader, input: OfficerInput): Promise<Officer> {
  return audited(r, 'officer', 'update', async (tx, scope) => {
    await scope.claim({ agencyCode: input.agencyCode }, input.officerNo);
    const agencyRef = { field: 'agencyCode', column: agencies.code, what: 'agency' };
    const record = await validRecord(tx, parseOfficerRow, { ...input }, [agencyRef], officerContactProblems(input));
    const values = { ...record, idNumber: input.idNumber?.trim().toUpperCase() || null, phone: input.phone?.trim() || null };
    const change = await upsertRow(tx, officers, eq(officers.officerNo, record.officerNo), values);
    return { entityKey: record.officerNo, ...change };
  }).then((row) => officerRepository.present(r.viewer, row));
}

export function recordTraining(r: Reader, input: TrainingInput): Promise<Training> {
  return audited(r, 'training', 'update', async (tx, scope) => {
    await scope.claim({ officerNo: input.officerNo }, `${input.officerNo}/${input.year}/${input.type}`);
    const officerRef = { field: 'officerNo', column: officers.officerNo, what: 'officer' };
    const record = await validRecord(tx, parseTrainingRow, { ...input }, [officerRef]);
    const key = and(eq(training.officerNo, record.officerNo), eq(training.year, record.year), eq(training.type, record.type))!;
    const change = await upsertRow(tx, training, key, record);
    return { entityKey: `${record.officerNo}/${record.year}/${record.type}`, ...change };
  }).then((row) => trainingRepository.present(r.viewer, row));
}

/** Records (replaces) an officer's assessment of one year with the rules of an assessments file row. */
export function recordAssessment(r: Reader, input: AssessmentInput): Promise<Assessment> {
  return audited(r, 'assessment', 'update', async (tx, scope) => {
    await scope.claim({ officerNo: input.officerNo }, `${input.officerNo}/${input.year}`);
    const officerRef = { field: 'officerNo', column: officers.officerNo, what: 'officer' };
    const record = await validRecord(tx, parseAssessmentRow, { ...input }, [officerRef]);
    const a = officerAssessments;
    const change = await upsertRow(tx, a, and(eq(a.officerNo, record.officerNo), eq(a.year, record.year))!, record);
    return { entityKey: `${record.officerNo}/${record.year}`, ...change };
  }).then((row) => assessmentRepository.present(r.viewer, row));
}
