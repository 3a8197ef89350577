import { SupervisionResolver } from './supervision.resolver.ts';
import { PenaltyResolver } from './penalty.resolver.ts';
import { RectificationResolver } from './rectification.resolver.ts';
import { RankingResolver } from './ranking.resolver.ts';
import { WorkforceResolver } from './workforce.resolver.ts';
import { WarningResolver } from './warning.resolver.ts';
import { SignalResolver } from './signal.resolver.ts';
import { ComplianceResolver } from './compliance.resolver.ts';
import { MetricsResolver } from './metrics.resolver.ts';
import { ComplaintHandlingResolver } from './complaint-handling.resolver.ts';
import { ClueTransferResolver } from './clue-transfer.resolver.ts';

/** Resolvers of the analytics API, reading the warehouse (warnings: the operational store, where filing status lives). */
export const analyticsResolvers = [SupervisionResolver, PenaltyResolver, RectificationResolver, RankingResolver, WorkforceResolver, WarningResolver, SignalResolver, ComplianceResolver, ComplaintHandlingResolver, ClueTransferResolver, MetricsResolver];
