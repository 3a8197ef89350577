import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const VERSION = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql')[0] : undefined;

/**
 * Whether this machine can make a throwaway PostgreSQL cluster of the installed server
 * (Debian's postgresql-common tools, as root). The restart test restarts its own cluster so
 * the suites running in parallel against the shared server never see it go down.
 */
export const canManageClusters = Boolean(VERSION) && process.getuid?.() === 0 && fs.existsSync('/usr/bin/pg_createcluster');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  url: string;
  /** `pg_ctlcluster … <action>`: restart, stop, start. */
  ctl(action: 'restart' | 'stop' | 'start'): void;
  drop(): void;
}

export async function createCluster(): Promise<Cluster> {
  const name = `eqp_fault_${process.pid}`;
  const port = await freePort();
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' });
  run('pg_createcluster', [VERSION!, name, '-p', String(port), '--start', '--', '--auth=trust']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    ctl: (action) => run('pg_ctlcluster', ['--skip-systemctl-redirect', VERSION!, name, action, ...(action === 'start' ? [] : ['-m', 'fast'])]),
    drop: () => run('pg_dropcluster', ['--stop', VERSION!, name]),
  };
}
