import { Field, InputType, Int } from 'type-graphql';
import { GraphQLDecimal } from '../common/scalars.ts';
import type { FilingCountField } from '../../server/db/tables/filings.ts';
import { declareFigures } from './filing.figures.ts';

@InputType({ description: 'The figures of a draft filing; an omitted figure is 0, as on the paper form.' })
export class FilingInput {
  @Field(() => String, { description: 'An existing agency.' }) agencyCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '1–4.' }) quarter!: number;
  @Field(() => GraphQLDecimal, { nullable: true, description: 'Yuan, two decimals.' }) finesTotalYuan?: string | null;
}
export interface FilingInput extends Partial<Record<FilingCountField, number | null>> {}
declareFigures(FilingInput, { nullable: true });
