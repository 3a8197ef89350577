import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EQP = path.join(ROOT, 'bin', 'eqp.js');

/** Starts `eqp <args>` as a real child process with only the given environment on top of PATH. */
export function spawnEqp(args: string[], env: Record<string, string>): ChildProcess & { output(): string } {
  const child = spawn(process.execPath, [EQP, ...args], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return Object.assign(child, { output: () => output });
}

/** Resolves with the exit code (or the signal's name) once the child is gone. */
export function exited(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode!);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal!)));
}

/** Runs `eqp <args>` to completion. */
export async function runEqp(args: string[], env: Record<string, string>): Promise<{ code: number | string; output: string }> {
  const child = spawnEqp(args, env);
  const code = await exited(child);
  return { code, output: child.output() };
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function waitFor<T>(check: () => T | Promise<T>, ms: number, every = 20): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}
