import { Field, Int, InterfaceType } from 'type-graphql';
import { DomainCodeEnum } from '../common/enums.ts';

/** The group keys and labels every analytics row carries. */
@InterfaceType('AnalyticsRow', { description: 'An analytics row: its group keys and display labels (keys not grouped by are null).' })
export class GroupKeys {
  @Field(() => String, { nullable: true, description: 'District-level region (区/功能区, or the city for 市直) when grouped by REGION.' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Agency when grouped by AGENCY.' })
  agencyCode!: string | null;

  @Field(() => DomainCodeEnum, { nullable: true, description: 'Enforcement domain (执法领域) when grouped by DOMAIN (a JSON string).' })
  // The warehouse's rows carry the store's domain_code values as text; the enum checks them on the way out.
  domainCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year when grouped by YEAR.' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'Quarter when grouped by QUARTER.' })
  quarter!: number | null;

  @Field(() => String, { description: 'Display label in Chinese, e.g. "鄂城区 · 2023年第2季度".' })
  label!: string;

  @Field(() => String, { description: 'Display label in English.' })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: 'Name of the region group.' })
  regionName!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the agency.' })
  agencyName!: string | null;

  @Field(() => String, { nullable: true, description: 'Chinese name of the domain.' })
  domainName!: string | null;
}
