import { Authorized, Query, Resolver } from 'type-graphql';
import { MetricDefinition } from '../../schema/analytics/metric-definition.type.ts';
import type { Dimension } from '../../schema/analytics/scope.input.ts';
import { metricDefinitions } from '../../warehouse/catalogue/metric-definitions.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver()
export class MetricsResolver {
  @Authorized(ALLOWED.anyone)
  @Query(() => [MetricDefinition], { description: '指标口径 — Every metric the API serves: titles, formula, numerator and denominator fields, queries and dimensions.' })
  metrics(): MetricDefinition[] {
    return metricDefinitions().map((m) => ({ ...m, dimensions: m.dimensions as Dimension[] }));
  }
}
