import { Field, ObjectType } from 'type-graphql';
import { complaintView } from '../../warehouse/catalogue/complaint.view.ts';
import { bilingual } from '../../warehouse/catalogue/describe.ts';
import type { ViewValues } from '../../warehouse/catalogue/view.ts';
import { ComplaintChannelEnum } from '../common/enums.ts';
import type { ComplaintChannel } from '../../server/domain/enums.ts';
import { catalogueFields } from './catalogue-fields.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType('ComplaintHandlingRow', { simpleResolvers: true, implements: GroupKeys, description: bilingual(complaintView) })
export class ComplaintHandlingRow extends GroupKeys {
  @Field(() => ComplaintChannelEnum, { nullable: true, description: '投诉举报渠道 — Channel when grouped by channel (byChannel: true), else null.' })
  channel!: ComplaintChannel | null;
}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ComplaintHandlingRow extends ViewValues<typeof complaintView> {}
catalogueFields(ComplaintHandlingRow, complaintView);
