import { Field, InputType } from 'type-graphql';
import { StringFilter, TextFilter } from '../common/filters.ts';
import { ClueSourceFilter, ClueStepFilter } from '../common/enums.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on clue transfers.' })
export class ClueFilter {
  @Field(() => StringFilter, { nullable: true }) clueCode?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) agencyCode?: StringFilter | null;
  @Field(() => ClueSourceFilter, { nullable: true }) source?: InstanceType<typeof ClueSourceFilter> | null;
  @Field(() => StringFilter, { nullable: true }) complaintNo?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) problemCode?: StringFilter | null;
  @Field(() => TextFilter, { nullable: true }) summary?: TextFilter | null;
  @Field(() => ClueStepFilter, { nullable: true }) step?: InstanceType<typeof ClueStepFilter> | null;
}

export const CLUE_ORDER_FIELDS = ['CLUE_CODE', 'AGENCY_CODE', 'STEP'] as const;
export type ClueOrderField = (typeof CLUE_ORDER_FIELDS)[number];
export const ClueListArgs = ListArgs('Clue', ClueFilter, CLUE_ORDER_FIELDS);
export type ClueListArgs = InstanceType<typeof ClueListArgs>;
