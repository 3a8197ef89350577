import { RegionResolver } from './organisation/region.resolver.ts';
import { AgencyResolver } from './organisation/agency.resolver.ts';
import { EnforcementDomainResolver } from './organisation/domain.resolver.ts';
import { OfficerResolver } from './workforce/officer.resolver.ts';
import { PowerItemResolver } from './workforce/power-item.resolver.ts';
import { StandardResolver } from './standards/standard.resolver.ts';
import { FilingResolver } from './filings/filing.resolver.ts';
import { PenaltyCaseResolver } from './penalties/penalty-case.resolver.ts';
import { ProblemResolver } from './problems/problem.resolver.ts';
import { SignalProblemResolver } from './problems/signal-problem.resolver.ts';
import { CaseReviewResolver } from './oversight/case-review.resolver.ts';
import { SurveyResolver } from './oversight/survey.resolver.ts';
import { ComplaintResolver } from './oversight/complaint.resolver.ts';
import { TaskResolver } from './tasks/task.resolver.ts';
import { ProgressReportResolver } from './tasks/progress-report.resolver.ts';
import { TaskProgressResolver } from './tasks/task-progress.resolver.ts';
import { ClueResolver } from './clues/clue.resolver.ts';
import { AuditEventResolver } from './audit/audit-event.resolver.ts';

/** Resolvers of the operational API (records in the operational store), registered in resolvers/index.ts. */
export const operationalResolvers = [
  RegionResolver, AgencyResolver, EnforcementDomainResolver, OfficerResolver, PowerItemResolver, StandardResolver,
  FilingResolver, PenaltyCaseResolver, ProblemResolver, SignalProblemResolver, CaseReviewResolver, SurveyResolver, ComplaintResolver,
  TaskResolver, ProgressReportResolver, TaskProgressResolver, ClueResolver,
  AuditEventResolver,
];
