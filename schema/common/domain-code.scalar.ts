import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { DOMAIN_CODES, type DomainCode } from '../../server/domain/domains.ts';
import { ErrorCode } from './errors.ts';

const KNOWN = new Set<string>(DOMAIN_CODES);

function domainCode(value: unknown, node?: ValueNode): DomainCode {
  if (typeof value === 'string' && KNOWN.has(value)) return value as DomainCode;
  const shown = node ? print(node) : JSON.stringify(value);
  throw new GraphQLError(`${shown} is not a domain code (执法领域编码); expected one of ${DOMAIN_CODES.join(', ')}`, {
    nodes: node,
    extensions: { code: ErrorCode.BAD_USER_INPUT, value: node && 'value' in node ? node.value : value },
  });
}

/**
 * Where clients have always sent domain codes as strings (`Scope.domainCodes: [String!]` of the
 * contract), a GraphQL enum would refuse their string literals; this scalar takes both the enum
 * literal and the string, checked against the same list as the DomainCode enum output fields use.
 */
export const GraphQLDomainCodeInput = new GraphQLScalarType<DomainCode, DomainCode>({
  name: 'DomainCodeInput',
  description:
    '执法领域编码 (enforcement domain code) as an input: one of the values of the DomainCode enum, written as ' +
    'the enum literal (FOOD_DRUG) or as a string ("FOOD_DRUG"); a variable sends the string. ' +
    'Any other value is refused with BAD_USER_INPUT naming it. Fields that return a domain code are DomainCode.',
  serialize: (value) => domainCode(value),
  parseValue: (value) => domainCode(value),
  parseLiteral(node) {
    if (node.kind === Kind.ENUM || node.kind === Kind.STRING) return domainCode(node.value, node);
    return domainCode(undefined, node);
  },
});
