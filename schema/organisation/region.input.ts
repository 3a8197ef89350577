import { Field, InputType } from 'type-graphql';
import { RegionTypeEnum } from '../common/enums.ts';
import type { RegionType } from '../../server/domain/enums.ts';

@InputType({ description: 'A region to create or replace (upsertRegion); field names as in the import files.' })
export class RegionInput {
  @Field(() => String, { description: 'Region code.' }) regionCode!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Parent region; must exist and must not lie under this region.' })
  parentCode?: string | null;

  @Field(() => RegionTypeEnum) type!: RegionType;
}
