import { Field, InputType } from 'type-graphql';
import { DateTimeFilter, StringFilter } from '../common/filters.ts';
import { ListArgs } from '../operational/list.ts';

@InputType({ description: 'Conditions on audit events.' })
export class AuditEventFilter {
  @Field(() => StringFilter, { nullable: true }) entity?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) entityKey?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) actor?: StringFilter | null;
  @Field(() => StringFilter, { nullable: true }) action?: StringFilter | null;
  @Field(() => DateTimeFilter, { nullable: true }) at?: DateTimeFilter | null;
}

export const AUDIT_EVENT_ORDER_FIELDS = ['AT', 'ID', 'ENTITY', 'ACTOR'] as const;
export type AuditEventOrderField = (typeof AUDIT_EVENT_ORDER_FIELDS)[number];
export const AuditEventListArgs = ListArgs('AuditEvent', AuditEventFilter, AUDIT_EVENT_ORDER_FIELDS);
export type AuditEventListArgs = InstanceType<typeof AuditEventListArgs>;
