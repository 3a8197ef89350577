import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDate } from '../common/scalars.ts';
import { WARNING_KINDS, WARNING_LEVELS, type WarningKind as Kind, type WarningLevel as Level } from '../../server/domain/warnings/warning.rules.ts';

export const WarningKind = Object.fromEntries(WARNING_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(WarningKind, {
  name: 'WarningKind',
  description: 'What an early warning (预警) is about: a quarterly filing (季度备案), a problem-list deadline (整改时限), a half-yearly progress report (工作情况报送).',
});

export const WarningLevel = Object.fromEntries(WARNING_LEVELS.map((k) => [k, k])) as { [K in Level]: K };
registerEnumType(WarningLevel, { name: 'WarningLevel', description: '黄牌 YELLOW: due soon; 红牌 RED: past due.' });

@ObjectType({ simpleResolvers: true, description: 'One early warning (预警: 黄牌 / 红牌) as of a date (domain.md §4.9).' })
export class WarningRow {
  @Field(() => WarningKind, { description: 'What the warning is about.' }) kind!: Kind;
  @Field(() => WarningLevel, { description: 'RED when the due date is before asOf, else YELLOW.' }) level!: Level;
  @Field(() => String, { nullable: true, description: 'The agency concerned (执法单位); a problem may name none.' }) agencyCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The reporting unit (报送单位: an agency or a region) of a PROGRESS_REPORT warning.' }) unitCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the agency or reporting unit.' }) name!: string | null;
  @Field(() => String, { description: 'District-level region group (as REGION grouping; the city code for 市直).' }) regionCode!: string;
  @Field(() => String, { nullable: true, description: 'Name of the region group.' }) regionName!: string | null;
  @Field(() => String, { description: 'What is due: a quarter (2024Q3), a problem code, or a task and half-year (TASK-CODE 2024H1).' }) subject!: string;
  @Field(() => GraphQLDate, { description: 'The due date (filing or report due date, problem deadline).' }) dueOn!: string;
  @Field(() => Int, { description: 'asOf − dueOn in days; negative while not yet due.' }) daysOverdue!: number;
  @Field(() => String, { description: 'Display label (名称 · 事项).' }) label!: string;
}
