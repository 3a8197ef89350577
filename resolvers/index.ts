import type { NonEmptyArray } from 'type-graphql';
import { MetaResolver } from './meta/meta.resolver.ts';
import { analyticsResolvers } from './analytics/index.ts';
import { operationalResolvers } from './operational.ts';

/** Every resolver class of the API; schema/build.ts assembles the schema from this list. */
export const resolvers: NonEmptyArray<Function> = [MetaResolver, ...analyticsResolvers, ...operationalResolvers];
