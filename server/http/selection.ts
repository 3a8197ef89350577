import type { ApolloServerPlugin } from '@apollo/server';
import { isAbstractType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/** For each object type, the fields an operation selects on it anywhere (aliases resolved). */
export type SelectedFields = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The operation being executed, shared by reference: Apollo shallow-copies the context for
 * each operation, and the loaders hold the original.
 */
export interface OperationInfo {
  selection?: SelectedFields;
}

const byDocument = new WeakMap<DocumentNode, SelectedFields>();

/**
 * Every field the document selects, per object type: lets reads fetch only the columns a query
 * asks for (look-ahead). Fields selected through an interface or union count for each of its
 * object types. Over-selection (a field under `@skip`, another operation of the document) is
 * harmless; under-selection is not, so this errs that way.
 */
export function selectedFields(schema: GraphQLSchema, document: DocumentNode): SelectedFields {
  const cached = byDocument.get(document);
  if (cached) return cached;
  const fields = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    const set = fields.get(type);
    if (set) set.add(field);
    else fields.set(type, new Set([field]));
  };
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      const name = node.name.value;
      if (!parent || name.startsWith('__')) return;
      if (isAbstractType(parent)) for (const type of schema.getPossibleTypes(parent)) add(type.name, name);
      else add(parent.name, name);
    },
  }));
  byDocument.set(document, fields);
  return fields;
}

/** Records the operation's selection on the request context once the operation is known. */
export function selectionPlugin<C extends { operation: OperationInfo }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, contextValue }) {
          contextValue.operation.selection = selectedFields(schema, document);
        },
      };
    },
  };
}
