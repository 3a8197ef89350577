/** Domain vocabularies of domain.md §2–3: the single source for the database, GraphQL and import. */
export const REGION_TYPES = ['CITY', 'DISTRICT', 'ZONE', 'TOWNSHIP'] as const;
export const AGENCY_LEVELS = ['CITY', 'DISTRICT', 'TOWNSHIP'] as const;
export const AGENCY_KINDS = ['DEPARTMENT', 'COMPREHENSIVE', 'TOWNSHIP'] as const;
export const CERTIFICATE_STATUSES = ['VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const;
export const TRAINING_TYPES = ['BUSINESS', 'LEGAL'] as const;
export const FILING_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export const PARTY_TYPES = ['ENTERPRISE', 'INDIVIDUAL', 'OTHER'] as const;
export const BANDS = ['MINOR', 'GENERAL', 'SERIOUS', 'SEVERE'] as const;
export const LENIENCIES = ['NONE', 'LIGHTER', 'MITIGATED', 'NO_PENALTY', 'NO_COMPULSION'] as const;
export const PROBLEM_CATEGORIES = [
  'CAMPAIGN', 'ONE_SIZE_FITS_ALL', 'MECHANICAL', 'VIOLENT', 'PROFIT_DRIVEN',
  'SELECTIVE', 'INACTION', 'ABUSE', 'UNCIVIL', 'OTHER',
] as const;
export const PROBLEM_SOURCES = ['SURVEY', 'SPOT_CHECK', 'FIELD_VISIT', 'ENTERPRISE_FORUM', 'COMPLAINT', 'SUPERVISION'] as const;
export const PROBLEM_STATUSES = ['IDENTIFIED', 'RECTIFYING', 'RECTIFIED', 'VERIFIED', 'REOPENED'] as const;
export const RESPONDENT_GROUPS = ['REPRESENTATIVE', 'ENTERPRISE', 'PUBLIC', 'THIRD_PARTY'] as const;
export const COMPLAINT_CHANNELS = ['HOTLINE', 'EMAIL', 'ONLINE', 'LETTER'] as const;
export const COMPLAINT_STATUSES = ['RECEIVED', 'HANDLING', 'RESOLVED', 'TRANSFERRED'] as const;
export const REVIEW_GRADES = ['EXCELLENT', 'PASS', 'FAIL'] as const;
/** The plan's three phases (§5), in order: 2022 提能筑基, 2023 集中攻坚, 2024 巩固提升. */
export const TASK_PHASES = ['CAPABILITY', 'CAMPAIGN', 'CONSOLIDATION'] as const;
export const PROGRESS_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
/** 问题线索移送: the procedure's steps in their one order (none skipped). */
export const CLUE_STEPS = ['REGISTERED', 'INVESTIGATING', 'COLLECTIVE_REVIEW', 'TRANSFERRED', 'FEEDBACK'] as const;
export const CLUE_SOURCES = ['COMPLAINT', 'PROBLEM', 'SUPERVISION'] as const;

export type RegionType = (typeof REGION_TYPES)[number];
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export type TrainingType = (typeof TRAINING_TYPES)[number];
export type FilingStatus = (typeof FILING_STATUSES)[number];
export type PartyType = (typeof PARTY_TYPES)[number];
export type Band = (typeof BANDS)[number];
export type Leniency = (typeof LENIENCIES)[number];
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export type ReviewGrade = (typeof REVIEW_GRADES)[number];
export type TaskPhase = (typeof TASK_PHASES)[number];
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export type ClueStep = (typeof CLUE_STEPS)[number];
export type ClueSource = (typeof CLUE_SOURCES)[number];
