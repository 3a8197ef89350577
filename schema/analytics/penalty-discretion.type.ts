import { ObjectType } from 'type-graphql';
import { penaltyView } from '../../warehouse/catalogue/penalty.view.ts';
import { bilingual } from '../../warehouse/catalogue/describe.ts';
import type { ViewValues } from '../../warehouse/catalogue/view.ts';
import { catalogueFields } from './catalogue-fields.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: bilingual(penaltyView) })
export class PenaltyDiscretionRow extends GroupKeys {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PenaltyDiscretionRow extends ViewValues<typeof penaltyView> {}
catalogueFields(PenaltyDiscretionRow, penaltyView);
