import * as t from '../../../server/db/tables/index.ts';
import type { ComplaintRecord } from '../../../server/domain/records/complaints.ts';
import type { AgencyRecord } from '../../../server/domain/records/agencies.ts';
import type { AssessmentRecord } from '../../../server/domain/records/assessments.ts';
import type { OfficerRecord } from '../../../server/domain/records/officers.ts';
import type { PenaltyRecord } from '../../../server/domain/records/penalties.ts';
import type { PowerItemRecord } from '../../../server/domain/records/power-items.ts';
import type { RegionRecord } from '../../../server/domain/records/regions.ts';
import type { ReviewRecord } from '../../../server/domain/records/reviews.ts';
import type { StandardRecord } from '../../../server/domain/records/standards.ts';
import type { SurveyRecord } from '../../../server/domain/records/surveys.ts';
import type { TaskRecord } from '../../../server/domain/records/tasks.ts';
import type { TrainingRecord } from '../../../server/domain/records/training.ts';
import { tableLoader } from './table-loader.ts';

/** Kinds that map one row to one table row; filings and problems have loaders of their own. */
export const regionsLoader = tableLoader<RegionRecord>({
  table: t.regions,
  entity: 'region',
  key: ['code'],
  toRow: ({ regionCode, ...rest }) => ({ code: regionCode, ...rest }),
  references: [{ field: 'parentCode', target: 'region' }],
  provides: { field: 'regionCode', target: 'region' },
});

export const agenciesLoader = tableLoader<AgencyRecord>({
  table: t.agencies,
  entity: 'agency',
  key: ['code'],
  toRow: ({ agencyCode, ...rest }) => ({ code: agencyCode, ...rest }),
  references: [{ field: 'regionCode', target: 'region' }],
  provides: { field: 'agencyCode', target: 'agency' },
});

export const powerItemsLoader = tableLoader<PowerItemRecord>({
  table: t.powerItems,
  entity: 'powerItem',
  key: ['agencyCode', 'itemCode'],
  references: [{ field: 'agencyCode', target: 'agency' }],
});

export const standardsLoader = tableLoader<StandardRecord>({
  table: t.standards,
  entity: 'standard',
  key: ['violationItemCode', 'band', 'validFrom'],
});

export const officersLoader = tableLoader<OfficerRecord>({
  table: t.officers,
  entity: 'officer',
  key: ['officerNo'],
  references: [{ field: 'agencyCode', target: 'agency' }],
  provides: { field: 'officerNo', target: 'officer' },
});

export const trainingLoader = tableLoader<TrainingRecord>({
  table: t.training,
  entity: 'training',
  key: ['officerNo', 'year', 'type'],
  references: [{ field: 'officerNo', target: 'officer' }],
});

export const assessmentsLoader = tableLoader<AssessmentRecord>({
  table: t.officerAssessments,
  entity: 'assessment',
  key: ['officerNo', 'year'],
  references: [{ field: 'officerNo', target: 'officer' }],
});

export const penaltiesLoader = tableLoader<PenaltyRecord>({
  table: t.penaltyCases,
  entity: 'penaltyCase',
  key: ['agencyCode', 'caseNo'],
  references: [{ field: 'agencyCode', target: 'agency' }],
});

export const reviewsLoader = tableLoader<ReviewRecord>({
  table: t.caseReviews,
  entity: 'caseReview',
  key: ['agencyCode', 'year', 'caseNo'],
  references: [{ field: 'agencyCode', target: 'agency' }],
});

export const surveysLoader = tableLoader<SurveyRecord>({
  table: t.surveys,
  entity: 'survey',
  key: ['year', 'regionCode', 'agencyCode', 'respondentGroup'],
  references: [{ field: 'regionCode', target: 'region' }, { field: 'agencyCode', target: 'agency' }],
});

export const tasksLoader = tableLoader<TaskRecord>({
  table: t.tasks,
  entity: 'task',
  key: ['taskCode'],
  provides: { field: 'taskCode', target: 'task' },
});

export const complaintsLoader = tableLoader<ComplaintRecord>({
  table: t.complaints,
  entity: 'complaint',
  key: ['complaintNo'],
  references: [{ field: 'agencyCode', target: 'agency' }],
});
