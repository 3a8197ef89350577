import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../server/process-alive.ts';

export class EtlBusyError extends Error {}

interface Holder {
  pid: number;
  startedAt: string;
  /** The run (etl_runs.run_id) the holder is logging, so whoever takes over a dead holder's lock can close its log entry. */
  runId?: string;
}

export interface EtlLock {
  release(): void;
  /** Runs whose process died holding the lock (SIGKILL): still RUNNING in the log, never to finish. */
  abandonedRuns: string[];
}

function readHolder(lockPath: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

/**
 * One ETL at a time per warehouse: an exclusive lock file naming its holder. A lock whose
 * holder died (SIGKILL) is stale and taken over; a live one makes us wait or refuse.
 */
export async function acquireEtlLock(lockPath: string, options: { waitMs: number; runId?: string }): Promise<EtlLock> {
  const deadline = Date.now() + options.waitMs;
  const abandonedRuns: string[] = [];
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString(), runId: options.runId }));
      fs.closeSync(fd);
      return { release: () => fs.rmSync(lockPath, { force: true }), abandonedRuns };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(lockPath);
    if (holder && !isProcessAlive(holder.pid)) {
      if (holder.runId) abandonedRuns.push(holder.runId);
      fs.rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `pid ${holder.pid}, started ${holder.startedAt}` : 'starting up';
      throw new EtlBusyError(`another ETL run is in progress (${who}); wait for it to finish or pass --wait`);
    }
    await sleep(200);
  }
}
