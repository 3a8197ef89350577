import type { RecordKind } from '../../../server/domain/records/index.ts';
import { cluesLoader } from './clues-loader.ts';
import { filingsLoader } from './filings-loader.ts';
import type { LoaderFactory } from './loader.ts';
import { problemsLoader } from './problems-loader.ts';
import { progressReportsLoader } from './progress-reports-loader.ts';
import * as simple from './simple-kinds.ts';

/** The loader of every record kind (each takes its own kind's record, hence `any` here). */
export const LOADERS: Record<RecordKind, LoaderFactory<any>> = {
  regions: simple.regionsLoader,
  agencies: simple.agenciesLoader,
  powerItems: simple.powerItemsLoader,
  standards: simple.standardsLoader,
  officers: simple.officersLoader,
  training: simple.trainingLoader,
  assessments: simple.assessmentsLoader,
  filings: filingsLoader,
  penalties: simple.penaltiesLoader,
  problems: problemsLoader,
  reviews: simple.reviewsLoader,
  surveys: simple.surveysLoader,
  complaints: simple.complaintsLoader,
  tasks: simple.tasksLoader,
  progressReports: progressReportsLoader,
  clues: cluesLoader,
};
