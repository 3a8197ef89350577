import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p95Ms: number;
  p50Ms: number;
  requests: number;
  errors: number;
  /** CPU seconds the server process spent during the measured run (Linux only: from /proc). */
  serverCpuSeconds?: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The server's process, to read the CPU it spends: on a shared machine a steadier measure than req/s. */
  serverPid?: number;
}

let clockTicks: number | undefined;
/** User + system CPU seconds of a process so far, or undefined where /proc is not there. */
function cpuSeconds(pid: number): number | undefined {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised command name.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function fire(options: LoadOptions, seconds: number, onLatency?: (ms: number) => void) {
  const instance = autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections,
    duration: seconds,
  });
  // autocannon reports p90 and p97.5 but not p95: collect each response time ourselves.
  if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => onLatency(ms));
  return instance;
}

/**
 * POSTs one GraphQL body at fixed concurrency: a warm-up (JIT, plan and connection caches),
 * then the measured run. Non-2xx answers and GraphQL errors must not count as throughput,
 * so any of them fails the measurement.
 */
export async function measureLoad(options: LoadOptions): Promise<LoadFigures> {
  await fire(options, options.warmupSeconds);
  const latencies: number[] = [];
  const cpuBefore = options.serverPid ? cpuSeconds(options.serverPid) : undefined;
  const result = await fire(options, options.seconds, (ms) => latencies.push(ms));
  const cpuAfter = options.serverPid ? cpuSeconds(options.serverPid) : undefined;
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0) throw new Error(`load run against ${options.url} had ${errors} failed requests`);
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / options.seconds,
    p95Ms: percentile(latencies, 95),
    p50Ms: percentile(latencies, 50),
    requests: result.requests.total,
    errors,
    serverCpuSeconds: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined,
  };
}

/** Latency of a function run `runs` times one after the other (after `warmup` unmeasured runs). */
export async function measureSerial(fn: () => Promise<unknown>, runs: number, warmup = 3): Promise<{ p50Ms: number; p95Ms: number; meanMs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), meanMs: times.reduce((a, t) => a + t, 0) / times.length };
}
