import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { GraphQLBigInt } from './scalars.ts';

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More records follow this page.' }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Records precede this page.' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first record of the page.' }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last record; pass it as `after` for the next page.' }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (capped by the server, default 50).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  /**
   * Counted only when a client selects it: graphql-js's default resolver (the connection type
   * has simple resolvers) calls a function-valued property, so a page alone costs one statement.
   */
  totalCount: () => Promise<number>;
}

/** A Relay connection type for `Node`, named `<Name>Connection` with `<Name>Edge`. */
export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `A ${name} record with its cursor.` })
  class Edge {
    @Field(() => Node, { description: 'The record.' }) node!: T;
    @Field(() => String, { description: 'Opaque position of the record in the ordered result.' }) cursor!: string;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} records.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The records of the page with their cursors.' }) edges!: Edge[];
    @Field(() => [Node], { description: 'The records of the page, without cursors.' }) nodes!: T[];
    @Field(() => PageInfo, { description: 'Where this page stands.' }) pageInfo!: PageInfo;
    @Field(() => GraphQLBigInt, { description: 'Records matching the filter, over all pages.' }) totalCount!: () => Promise<number>;
  }
  return ConnectionType;
}
