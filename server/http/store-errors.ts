import { ErrorCode } from '../../schema/common/errors.ts';

/** SQLSTATEs and socket errors of a store that is restarting or unreachable (connection exceptions, shutdown). */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const UNAVAILABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/**
 * The stable code for a failure of the operational store, or undefined for anything else.
 * drizzle wraps driver errors, so the whole `cause` chain is searched.
 */
export function storeErrorCode(error: unknown): ErrorCode | undefined {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    // 57014 query_canceled: statement_timeout fired.
    if (e.code === '57014') return ErrorCode.TIMEOUT;
    if (typeof e.code === 'string' && UNAVAILABLE.has(e.code)) return ErrorCode.STORE_UNAVAILABLE;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return ErrorCode.STORE_UNAVAILABLE;
  }
  return undefined;
}
