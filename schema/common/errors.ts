import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can switch on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  WAREHOUSE_NOT_READY: 'WAREHOUSE_NOT_READY',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  OPERATION_NOT_ALLOWED: 'OPERATION_NOT_ALLOWED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TIMEOUT: 'TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  field: string;
  reason: string;
}

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Refuses input naming every field at fault, so a filer can fix them all at once. */
export function badInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return appError(ErrorCode.BAD_USER_INPUT, `invalid input: ${summary}`, { problems });
}

export function notFound(entity: string, key: string): GraphQLError {
  return appError(ErrorCode.NOT_FOUND, `${entity} ${key} does not exist`, { entity, key });
}
