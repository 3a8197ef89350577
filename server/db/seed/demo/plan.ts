import { agencyStep, regionStep } from './organisation.ts';
import { evaluationSchemeStep, standardStep } from './catalogue.ts';
import { powerItemStep } from './power-items.ts';
import { officerStep } from './officers.ts';
import { assessmentStep, trainingStep } from './training.ts';
import { penaltyStep } from './penalties.ts';
import { plantedSignalStep } from './planted-signals.ts';
import { plantedProblemEventStep, plantedProblemStep } from './planted-warnings.ts';
import { complaintStep } from './complaints.ts';
import { clueStep, clueStepStep } from './clues.ts';
import { filingStep } from './filings.ts';
import { reviewStep } from './reviews.ts';
import { surveyStep } from './surveys.ts';
import { problemEventStep, problemStep } from './problems.ts';
import { taskStep } from './tasks.ts';
import { progressReportStep } from './progress-reports.ts';
import type { SeedStep } from './step.ts';

/**
 * The tables in the order they are written: referenced rows first, and the generators that fill
 * the world's tallies (power items, penalty cases, complaints) before the filings and reviews
 * that read them.
 */
export const SEED_PLAN: SeedStep[] = [
  regionStep,
  agencyStep,
  standardStep,
  evaluationSchemeStep,
  powerItemStep,
  officerStep,
  trainingStep,
  assessmentStep,
  penaltyStep,
  plantedSignalStep,
  complaintStep,
  filingStep,
  reviewStep,
  surveyStep,
  problemStep,
  problemEventStep,
  plantedProblemStep,
  plantedProblemEventStep,
  clueStep,
  clueStepStep,
  taskStep,
  progressReportStep,
];
