import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from '../process-alive.ts';

/** Who holds an embedded store; a serving process also says where to hand work to it. */
export interface StoreOwner {
  pid: number;
  command: string;
  since: string;
  server?: { port: number; key: string };
}

export class StoreBusyError extends Error {
  constructor(readonly owner: StoreOwner) {
    super(`the embedded store is in use by pid ${owner.pid} (${owner.command}, since ${owner.since}); ` +
      'wait for it to finish, or set DATABASE_URL to use a PostgreSQL server that many processes can share');
  }
}

const lockFile = (dir: string) => path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}.lock`);

/** The live owner of the store at `dir`, if any (a lock left by a dead process does not count). */
export function storeOwner(dir: string): StoreOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')) as StoreOwner;
    return isProcessAlive(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/**
 * PGlite has one owner per data directory and no lock of its own: two processes writing one
 * directory would corrupt it. This lock makes the second process refuse instead.
 */
export function lockEmbeddedStore(dir: string): () => void {
  const file = lockFile(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const owner = storeOwner(dir);
  if (owner && owner.pid !== process.pid) throw new StoreBusyError(owner);
  const mine: StoreOwner = { pid: process.pid, command: process.argv.slice(2, 4).join(' ') || 'eqp', since: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(mine), { mode: 0o600 });
  return () => {
    if (storeOwner(dir)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

/** A serving process advertises its port and a per-run key, so commands can hand work to it. */
export function advertiseServer(dir: string, server: { port: number; key: string }): void {
  const owner = storeOwner(dir);
  if (owner?.pid !== process.pid) return;
  fs.writeFileSync(lockFile(dir), JSON.stringify({ ...owner, server }), { mode: 0o600 });
}

/**
 * Runs `attempt`, trying again while another process holds the embedded store, until `waitMs`
 * has passed: what `--wait` promises whichever lock (the store's or the ETL's) is in the way.
 */
export async function retryWhileStoreBusy<T>(attempt: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof StoreBusyError) || Date.now() >= deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
