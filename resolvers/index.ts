import type { NonEmptyArray } from 'type-graphql';
import { MetaResolver } from './meta/meta.resolver.ts';
import { analyticsResolvers } from './analytics/index.ts';
import { operationalResolvers } from './operational.ts';
import { EvaluationSchemeResolver } from './admin/evaluation-scheme.resolver.ts';
import { EtlRunResolver } from './admin/etl-run.resolver.ts';

/** Every resolver class of the API; schema/build.ts assembles the schema from this list. */
export const resolvers: NonEmptyArray<Function> = [
  MetaResolver, ...analyticsResolvers, ...operationalResolvers, EvaluationSchemeResolver, EtlRunResolver,
];
