import path from 'node:path';
import cliProgress from 'cli-progress';
import type { ImportProgress } from './run-import.ts';

const LINE_INTERVAL_MS = 5_000;

/**
 * Shows import progress on stderr: a bar per file on a terminal, otherwise a line at most every
 * few seconds (logs of scheduled jobs should not fill with carriage returns).
 */
export function progressDisplay(stream: NodeJS.WriteStream = process.stderr): { update(p: ImportProgress): void; stop(): void } {
  const label = (p: ImportProgress) => `${path.basename(p.file)}${p.sheet ? `#${p.sheet}` : ''} (${p.kind})`;
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | null = null;
    let current = '';
    return {
      update(p) {
        if (label(p) !== current) {
          bar?.stop();
          current = label(p);
          bar = new cliProgress.SingleBar({ stream, format: `${current} [{bar}] {percentage}% | {rows} rows` }, cliProgress.Presets.shades_classic);
          bar.start(100, 0, { rows: 0 });
        }
        bar!.update(Math.round(p.fraction * 100), { rows: p.rowsRead });
      },
      stop: () => bar?.stop(),
    };
  }
  let last = 0;
  return {
    update(p) {
      if (Date.now() - last < LINE_INTERVAL_MS) return;
      last = Date.now();
      stream.write(`import: ${label(p)} ${p.rowsRead} rows, ${Math.round(p.fraction * 100)}%\n`);
    },
    stop: () => {},
  };
}
