import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.ts';
import { RegionTypeEnum } from '../common/enums.ts';
import type { RegionType } from '../../server/domain/enums.ts';

@ObjectType({ simpleResolvers: true, description: 'A region (地区): the city, a district or functional zone, or a township (市区乡三级).' })
export class Region {
  @Field(() => String, { description: 'Region code (行政区划代码; a stable project code for a functional zone).' })
  code!: string;

  @Field(() => String, { description: 'Name of the region.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Code of the parent region; null for the city.' })
  parentCode!: string | null;

  @Field(() => RegionTypeEnum, { description: 'Level of the region.' })
  type!: RegionType;
}

export const RegionConnection = Connection(Region, 'Region');
