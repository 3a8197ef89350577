import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLJSON, GraphQLNonNegativeInt } from 'graphql-scalars';

export { GraphQLBigInt, GraphQLDate, GraphQLDateTime, GraphQLJSON, GraphQLNonNegativeInt };

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Renders a decimal exactly: a JSON number when it round-trips through a double, a string otherwise. */
export function serializeDecimal(value: unknown): number | string {
  const text = decimalText(value);
  const asNumber = Number(text);
  return String(asNumber) === withoutTrailingZeros(text) ? asNumber : text;
}

/** '12.50' → '12.5', '3.00' → '3': the digits a double prints when it holds the value exactly. */
function withoutTrailingZeros(text: string): string {
  const point = text.indexOf('.');
  if (point < 0) return text;
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48) end--;
  return text.slice(0, end - 1 === point ? point : end);
}

function decimalText(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Decimal cannot represent ${value}`);
    return String(value);
  }
  const text = typeof value === 'bigint' ? value.toString() : String(value ?? '');
  if (!DECIMAL_TEXT.test(text)) throw new TypeError(`Decimal cannot represent "${text}"`);
  return text;
}

/** Exact decimal amounts (yuan, scores): never rounded through a double on the way out. */
export const GraphQLDecimal = new GraphQLScalarType({
  name: 'Decimal',
  description:
    'An exact decimal number such as an amount in yuan. Serialized as a JSON number when that number ' +
    'round-trips exactly, otherwise as a string of digits; accepted as either.',
  serialize: serializeDecimal,
  parseValue(value) {
    const text = decimalText(value);
    return text;
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING) return decimalText(ast.value);
    throw new TypeError('Decimal must be a number or a string of digits');
  },
});

/** Dates travel inside the platform as 'YYYY-MM-DD' strings; graphql-scalars parses them into Date objects. */
export function isoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
