import { AsyncLocalStorage } from 'node:async_hooks';
import { appError, ErrorCode } from '../../../schema/common/errors.ts';
import type { RequestContext } from '../context.ts';

export const timeoutError = (ms: number) => appError(ErrorCode.TIMEOUT, `the request took longer than ${ms} ms and was stopped`, { timeoutMs: ms });

/** Whether a request's time is up, and what to stop when it is (a running DuckDB or PostgreSQL read). */
export interface Deadline {
  readonly expired: boolean;
  /** Calls `stop` at the deadline (at once if it has passed) unless the returned function is called first. */
  onExpire(stop: () => void): () => void;
}

class RequestDeadline implements Deadline {
  expired = false;
  private readonly stops = new Set<() => void>();

  onExpire(stop: () => void): () => void {
    if (this.expired) {
      stop();
      return () => {};
    }
    this.stops.add(stop);
    return () => this.stops.delete(stop);
  }

  expire(): void {
    this.expired = true;
    for (const stop of this.stops) {
      try {
        stop();
      } catch {
        // Stopping is best effort: the request has its TIMEOUT answer either way.
      }
    }
    this.stops.clear();
  }
}

/**
 * The deadline of the request whose work is running: stores reach it without every read passing
 * it along (AsyncLocalStorage follows the request through awaits, DataLoader batches included).
 */
const requestDeadline = new AsyncLocalStorage<Deadline>();
export const currentDeadline = (): Deadline | undefined => requestDeadline.getStore();

/**
 * Runs one request under a deadline: `run` gets a deadline that expires when the time is up,
 * and the caller gets `timedOut` at that moment instead of waiting for the work to notice.
 */
export async function withDeadline<T>(ms: number, run: (deadline: Deadline) => Promise<T>): Promise<{ timedOut: false; value: T } | { timedOut: true }> {
  const deadline = new RequestDeadline();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => {
      deadline.expire();
      resolve({ timedOut: true });
    }, ms);
  });
  const work = requestDeadline.run(deadline, () => run(deadline)).then((value) => ({ timedOut: false as const, value }));
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
