import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** One measured figure: ours against a baseline measured in the same run, and their ratio. */
export interface Figure {
  case: string;
  /** What the two numbers are: 'req/s', 'p95 ms', 'rows/s', … */
  unit: string;
  ours: number;
  /** The competitor or reference the figure is a ratio against. */
  against: string;
  baseline: number;
  /** Oriented so that more is better for us (a throughput ratio, a speed-up). */
  ratio: number;
  goal?: string;
  met?: boolean;
}

export interface BenchmarkResult {
  figures: Figure[];
  /** Extra numbers worth keeping (p95s, statement counts, memory, timings of the set-up). */
  details?: Record<string, unknown>;
}

export interface Benchmark {
  name: string;
  title: string;
  run(log: (message: string) => void): Promise<BenchmarkResult>;
}

export const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Merges this run's benchmarks into results.json, keeping those not run this time. */
export function writeResults(results: Record<string, BenchmarkResult & { title: string; ranAt: string; seconds: number }>): void {
  let previous: { benchmarks?: Record<string, unknown> } = {};
  try {
    previous = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8'));
  } catch {
    // first run
  }
  const benchmarks = { ...previous.benchmarks, ...results };
  fs.writeFileSync(RESULTS_FILE, JSON.stringify({ machine: machine(), benchmarks }, null, 2) + '\n');
}

const fmt = (n: number) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2)) : String(n));

/** The figures as a fixed-width table for the terminal. */
export function formatTable(results: Record<string, BenchmarkResult>): string {
  const rows = [['benchmark', 'case', 'unit', 'ours', 'against', 'baseline', 'ratio', 'goal', 'met']];
  for (const [name, result] of Object.entries(results)) {
    for (const f of result.figures) {
      rows.push([name, f.case, f.unit, fmt(f.ours), f.against, fmt(f.baseline), `${f.ratio.toFixed(2)}×`, f.goal ?? '', f.met === undefined ? '' : f.met ? 'yes' : 'NO']);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}
