import { ObjectType } from 'type-graphql';
import { complianceView } from '../../warehouse/catalogue/compliance.view.ts';
import { bilingual } from '../../warehouse/catalogue/describe.ts';
import type { ViewValues } from '../../warehouse/catalogue/view.ts';
import { catalogueFields } from './catalogue-fields.ts';
import { GroupKeys } from './group-keys.type.ts';

@ObjectType('ComplianceRow', { simpleResolvers: true, implements: GroupKeys, description: bilingual(complianceView) })
export class ComplianceRow extends GroupKeys {}
// The fields are the catalogue's: declared there once, typed here by declaration merging.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ComplianceRow extends ViewValues<typeof complianceView> {}
catalogueFields(ComplianceRow, complianceView);
