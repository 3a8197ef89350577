import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../server/process-alive.ts';

export class EtlBusyError extends Error {}

interface Holder {
  pid: number;
  startedAt: string;
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
export async function acquireEtlLock(lockPath: string, options: { waitMs: number }): Promise<() => void> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.closeSync(fd);
      return () => fs.rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(lockPath);
    if (holder && !isProcessAlive(holder.pid)) {
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
