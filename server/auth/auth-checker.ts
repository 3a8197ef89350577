import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../http/context.ts';
import type { Role } from './viewer.ts';
import { deny } from './denial.ts';

/**
 * type-graphql's check behind `@Authorized(...roles)`: the viewer's role must be listed.
 * A refusal is audited and thrown as our own FORBIDDEN / UNAUTHENTICATED error rather than
 * type-graphql's generic one, so clients see the same codes everywhere.
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = async ({ context, info }, roles) => {
  if (roles.includes(context.viewer.role)) return true;
  const field = `${info.parentType.name}.${info.fieldName}`;
  throw await deny(context, { entity: 'operation', entityKey: field, reason: `${field} is for ${roles.join(', ')}` });
};
