import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { FilingStatusEnum } from '../common/enums.ts';
import { GraphQLDate, GraphQLDateTime, GraphQLDecimal } from '../common/scalars.ts';
import type { FilingStatus } from '../../server/domain/enums.ts';
import type { FilingCountField } from '../../server/db/tables/filings.ts';
import { declareFigures } from './filing.figures.ts';

@ObjectType({ simpleResolvers: true, description: "One agency's quarterly filing (季度备案) with its lifecycle and figures." })
export class Filing {
  @Field(() => String, { description: 'Code of the filing agency.' }) agencyCode!: string;
  @Field(() => Int, { description: 'Year.' }) year!: number;
  @Field(() => Int, { description: 'Quarter 1–4.' }) quarter!: number;
  @Field(() => FilingStatusEnum, { description: 'DRAFT → SUBMITTED → ACCEPTED, or RETURNED and resubmitted.' }) status!: FilingStatus;
  @Field(() => String, { nullable: true, description: 'Why the filing was returned (退回理由).' }) returnReason!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was (last) submitted.' }) submittedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was accepted or returned.' }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who accepted or returned it.' }) reviewedBy!: string | null;
  @Field(() => GraphQLDecimal, { description: 'Fines and confiscations in yuan (罚没金额).' }) finesTotalYuan!: string;
  @Field(() => GraphQLDate, { description: 'Due date: the 15th of the month after the quarter.' }) dueDate!: string;
  @Field(() => Boolean, { nullable: true, description: 'Submitted on or before the due date (Asia/Shanghai); null until submitted.' })
  onTime!: boolean | null;
}
export interface Filing extends Record<FilingCountField, number> {}
declareFigures(Filing, { nullable: false });

export const FilingConnection = Connection(Filing, 'Filing');
