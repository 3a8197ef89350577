import { agencyRules } from './agencies.ts';
import { assessmentRules } from './assessments.ts';
import { clueRules } from './clues.ts';
import { complaintRules } from './complaints.ts';
import { filingRules } from './filings.ts';
import { officerRules } from './officers.ts';
import { penaltyRules } from './penalties.ts';
import { powerItemRules } from './power-items.ts';
import { problemRules } from './problems.ts';
import { progressReportRules } from './progress-reports.ts';
import type { RecordRules } from './record.ts';
import { regionRules } from './regions.ts';
import { reviewRules } from './reviews.ts';
import { standardRules } from './standards.ts';
import { surveyRules } from './surveys.ts';
import { taskRules } from './tasks.ts';
import { trainingRules } from './training.ts';

export type { FieldProblem, ParseResult, RawRow, RawValue, RecordRules } from './record.ts';

/** Record kinds in dependency order: a kind only refers to kinds before it. */
export const RECORD_KINDS = [
  'regions', 'agencies', 'powerItems', 'standards', 'officers', 'training', 'assessments', 'filings', 'penalties', 'problems',
  'reviews', 'surveys', 'complaints', 'tasks', 'progressReports', 'clues',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_RULES: { [K in RecordKind]: RecordRules<unknown> } = {
  regions: regionRules,
  agencies: agencyRules,
  powerItems: powerItemRules,
  standards: standardRules,
  officers: officerRules,
  training: trainingRules,
  assessments: assessmentRules,
  filings: filingRules,
  penalties: penaltyRules,
  problems: problemRules,
  reviews: reviewRules,
  surveys: surveyRules,
  complaints: complaintRules,
  tasks: taskRules,
  progressReports: progressReportRules,
  clues: clueRules,
};

export const isRecordKind = (name: string): name is RecordKind => (RECORD_KINDS as readonly string[]).includes(name);
