import type { AuditEntry } from '../db/audit.ts';

/** How long one caller's denials for one reason are merged into a count (AUDIT_DENIAL_INTERVAL_MS). */
export const DEFAULT_DENIAL_INTERVAL_MS = 60_000;

interface Window {
  /** The latest denial counted after the first one: the summary event carries its record key. */
  last: AuditEntry;
  repeated: number;
  timer: NodeJS.Timeout;
}

/**
 * Bounds the denial audit trail: per caller and reason, the first denial of an interval is
 * written at once (count 1) and the rest of that interval as one event at its end whose
 * `after.count` says how many there were. So no caller grows the table by more than two rows
 * per reason and interval, and the counts still add up to every denial made.
 */
export class DenialAuditLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly write: (entry: AuditEntry) => Promise<void>, public intervalMs = DEFAULT_DENIAL_INTERVAL_MS) {}

  /** Audits one denial, `caller` and `reason` deciding which interval it falls in; resolves once a written event is stored. */
  record(caller: string, reason: string, entry: AuditEntry): Promise<void> {
    const key = `${caller}\u0000${reason}`;
    const open = this.windows.get(key);
    if (open) {
      open.repeated += 1;
      open.last = entry;
      return Promise.resolve();
    }
    const timer = setTimeout(() => this.close(key), this.intervalMs).unref();
    this.windows.set(key, { last: entry, repeated: 0, timer });
    return this.track(this.write(withCount(entry, 1)));
  }

  /** Writes every open interval's count now (a server closing, a test reading the trail). */
  async flush(): Promise<void> {
    for (const key of [...this.windows.keys()]) this.close(key);
    while (this.pending.size) await Promise.all(this.pending);
  }

  private close(key: string): void {
    const window = this.windows.get(key);
    if (!window) return;
    clearTimeout(window.timer);
    this.windows.delete(key);
    if (window.repeated) this.track(this.write(withCount(window.last, window.repeated)));
  }

  private track(write: Promise<void>): Promise<void> {
    // A failure to audit never hides the refusal itself, nor crashes the server.
    const settled: Promise<void> = write.catch(() => undefined).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
    return settled;
  }
}

const withCount = (entry: AuditEntry, count: number): AuditEntry => ({ ...entry, after: { ...(entry.after as object), count } });
