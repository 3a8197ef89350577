import { appError, ErrorCode } from '../../../schema/common/errors.ts';
import type { RequestContext } from '../context.ts';

export const timeoutError = (ms: number) => appError(ErrorCode.TIMEOUT, `the request took longer than ${ms} ms and was stopped`, { timeoutMs: ms });

/** Whether a request's time is up; a plain flag, as an AbortController per request costs more than it gives here. */
export interface Deadline {
  readonly expired: boolean;
}

/**
 * Runs one request under a deadline: `run` gets a deadline that expires when the time is up,
 * and the caller gets `timedOut` at that moment instead of waiting for the work to notice.
 */
export async function withDeadline<T>(ms: number, run: (deadline: Deadline) => Promise<T>): Promise<{ timedOut: false; value: T } | { timedOut: true }> {
  const deadline = { expired: false };
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => {
      deadline.expired = true;
      resolve({ timedOut: true });
    }, ms);
  });
  const work = run(deadline).then((value) => ({ timedOut: false as const, value }));
  // The abandoned work still settles later; its failure must not become an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops resolving fields once the request's deadline has passed, so a timed-out query stops
 * issuing store and warehouse reads instead of running on behind the answer already sent.
 */
export function refuseAfterDeadline(context: RequestContext): void {
  if (context.deadline?.expired) throw timeoutError(context.config.requestTimeoutMs);
}
