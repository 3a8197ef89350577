import { ObjectType } from 'type-graphql';
import { clueView } from '../../warehouse/catalogue/clue.view.ts';
import { bilingual } from '../../warehouse/catalogue/describe.ts';
import type { ViewValues } from '../../warehouse/catalogue/view.ts';
import { catalogueFields } from './catalogue-fields.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType('ClueTransferRow', { simpleResolvers: true, implements: GroupKeys, description: bilingual(clueView) })
export class ClueTransferRow extends GroupKeys {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ClueTransferRow extends ViewValues<typeof clueView> {}
catalogueFields(ClueTransferRow, clueView);
