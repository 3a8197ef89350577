import {
  getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, Kind, valueFromAST,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../db/queries/page.ts';

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Larger pages are refused by the page-size cap with its own message, so they cost as the cap. */
  maxPageSize: number;
  /** Fragment spreads on the current path: a cycle is invalid GraphQL, but cost runs before that matters. */
  spreading: Set<string>;
  /** Whether a page size came from a variable: the cost then differs from request to request. */
  usedVariables: boolean;
  /** Rows of a list without paging under one parent (list-bounds.ts: from the store's statistics). */
  listRows: (typeName: string, field: string) => number;
}

/** The page size a field asks for: its `first` argument (a literal or a variable), else the default page. */
function pageOf(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: any }[], walk: Walk): number | undefined {
  const def = field.args.find((a) => a.name === 'first');
  if (!def) return undefined;
  const node = args.find((a) => a.name.value === 'first');
  if (node?.value.kind === Kind.VARIABLE) walk.usedVariables = true;
  const value = node ? valueFromAST(node.value, def.type, walk.variables) : undefined;
  return typeof value === 'number' && value >= 0 ? Math.min(value, walk.maxPageSize) : DEFAULT_PAGE_SIZE;
}

function selectionCost(set: SelectionSetNode | undefined, type: GraphQLNamedType, page: number | undefined, walk: Walk): number {
  if (!set || !(isObjectType(type) || isInterfaceType(type))) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) ?? type : type;
      total += selectionCost(selection.selectionSet, on, page, walk);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || walk.spreading.has(fragment.name.value)) continue;
      walk.spreading.add(fragment.name.value);
      total += selectionCost(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? type, page, walk);
      walk.spreading.delete(fragment.name.value);
    } else {
      const field = type.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection: resolved without touching a store
      const named = getNamedType(field.type);
      const leaf = !(isObjectType(named) || isInterfaceType(named));
      // A list of scalars is one value; a connection's nodes are its page; any other list its bound.
      const rows = !isListType(getNullableType(field.type)) || leaf ? 1 : (page ?? walk.listRows(type.name, field.name));
      const childPage = pageOf(field, selection.arguments ?? [], walk);
      total += rows * (1 + selectionCost(selection.selectionSet, getNamedType(field.type), childPage, walk));
    }
  }
  return total;
}

/**
 * The estimated number of fields an operation resolves: every field counts 1, times the rows
 * of the lists above it, where a connection's rows are its `first` (or the default page size)
 * and a list without paging's are the largest such list in the store (list-bounds.ts).
 * graphql-armor's cost rule counts a list once whatever its page, so this one is ours.
 */
export function operationCost(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, maxPageSize: number,
  bounds: { version: number; rowsOf(typeName: string, field: string): number },
): number {
  const cacheKey = `${maxPageSize}:${bounds.version}`;
  const known = fixedCosts.get(operation)?.get(cacheKey);
  if (known !== undefined) return known;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const walk: Walk = { schema, fragments, variables, maxPageSize, spreading: new Set(), usedVariables: false, listRows: (t, f) => bounds.rowsOf(t, f) };
  const cost = selectionCost(operation.selectionSet, root, undefined, walk);
  // Apollo hands back the same parsed document for a repeated query, so a cost no variable decides is worked out once.
  if (!walk.usedVariables) fixedCosts.set(operation, (fixedCosts.get(operation) ?? new Map()).set(cacheKey, cost));
  return cost;
}

const fixedCosts = new WeakMap<OperationDefinitionNode, Map<string, number>>();
