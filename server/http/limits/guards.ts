import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context.ts';
import { refuseAfterDeadline } from './deadline.ts';
import { refuseNulArgs } from './text-args.ts';

/**
 * The checks before every resolver that reads or decides something: the request's deadline and
 * NUL characters in arguments. One middleware rather than one per check, because type-graphql
 * runs each middleware as a chain of async calls on every field it wraps.
 */
export const requestGuards: MiddlewareFn<RequestContext> = ({ context, args }, next) => {
  refuseAfterDeadline(context);
  refuseNulArgs(args);
  return next();
};
