import { spawn, type ChildProcess } from 'node:child_process';
import { BENCH_AUTH_SECRET, ROOT, WORK } from './paths.ts';

export interface RunningProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not come up in ${timeoutMs} ms:\n${output()}`);
}

/**
 * The Node flags `npm start` serves with (package.json): a 64 MB young generation. Every server
 * the bench starts gets them, so the comparison is of the servers, not of their runtime settings.
 */
const SERVE_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Starts a server in its own Node process (so the load generator never shares its event loop)
 * and waits until `url` answers a trivial GraphQL query.
 */
export async function startServer(args: string[], env: Record<string, string>, url: string): Promise<RunningProcess> {
  const child = spawn(process.execPath, [...SERVE_NODE_FLAGS, '--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => void (output += d));
  child.stderr!.on('data', (d: Buffer) => void (output += d));
  await waitUntilUp(url, child, () => output).catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });
  return {
    url,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }),
  };
}


/** Our server (`eqp serve`) on `port`, run the way `npm start` runs it. */
export function startOurServer(port: number, env: Record<string, string>): Promise<RunningProcess> {
  const url = `http://127.0.0.1:${port}/graphql`;
  return startServer(['bin/eqp.js', 'serve', '--port', String(port)], { AUTH_SECRET: BENCH_AUTH_SECRET, DATA_DIR: `${WORK}/data`, ...env }, url);
}

/** POSTs one GraphQL operation and returns its data; any GraphQL error throws. */
export async function graphql<T = any>(url: string, query: string, variables?: object, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!res.ok || json.errors?.length) throw new Error(`${url}: ${res.status} ${json.errors?.map((e) => e.message).join('; ') ?? ''}`);
  return json.data as T;
}
