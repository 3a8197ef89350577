import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSON } from '../common/scalars.ts';

@ObjectType({ description: 'One run of `eqp etl` from the run log: when, how, and with what result.' })
export class EtlRun {
  @Field(() => String, { description: 'Run id.' }) runId!: string;
  @Field(() => String, { description: 'full or incremental.' }) mode!: string;
  @Field(() => String, { description: 'RUNNING, SUCCEEDED or FAILED (a run killed mid-way stays RUNNING).' }) status!: string;
  @Field(() => GraphQLDateTime, { description: 'Start time.' }) startedAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'End time; null while running or when killed.' }) finishedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Duration in milliseconds.' }) durationMs!: number | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Rows extracted per source.' }) rowsExtracted!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Rows per warehouse table after the run.' }) rowsPerTable!: unknown;
  @Field(() => String, { nullable: true, description: 'Why the run failed.' }) error!: string | null;
}
