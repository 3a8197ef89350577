import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'About this deployment of the platform.' })
export class Meta {
  @Field(() => String, { description: 'Platform version.' }) version!: string;
  @Field(() => String, { description: 'Operational store engine: postgres or pglite.' }) store!: string;
}
