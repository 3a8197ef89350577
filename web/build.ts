import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the pages into web/dist unless the build is newer than every source it comes from.
 * Runs on `npm ci` (prepare), before `npm start` and `npm test`, and from the browser tests.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.built');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export async function buildWeb({ force = false } = {}): Promise<'built' | 'up to date'> {
  const lock = path.join(root, '..', 'package-lock.json');
  const sources = Math.max(newestSource(root), fs.statSync(lock).mtimeMs);
  if (!force && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= sources) return 'up to date';
  await build({ configFile: path.join(root, 'vite.config.ts') });
  fs.writeFileSync(stamp, new Date().toISOString());
  return 'built';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outcome = await buildWeb({ force: process.argv.includes('--force') });
  console.log(`web pages ${outcome} (web/dist)`);
}
