import { ObjectType } from 'type-graphql';
import { workforceView } from '../../warehouse/catalogue/workforce.view.ts';
import { bilingual } from '../../warehouse/catalogue/describe.ts';
import type { ViewValues } from '../../warehouse/catalogue/view.ts';
import { catalogueFields } from './catalogue-fields.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType({ simpleResolvers: true, implements: GroupKeys, description: bilingual(workforceView) })
export class WorkforceRow extends GroupKeys {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface WorkforceRow extends ViewValues<typeof workforceView> {}
catalogueFields(WorkforceRow, workforceView);
