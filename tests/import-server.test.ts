import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test, describe } from 'vitest';
import { exited, runEqp, spawnEqp, waitFor } from './helpers/child.ts';
import { AGENCIES, AGENCY_A, AGENCY_B, REGIONS, csvText, tempDir, writeCsv } from './fixtures/import/build.ts';

const ROWS = 20_000;

/** Penalty cases of the two fixture agencies, all valid. */
function penaltiesFile(dir: string): string {
  const header = ['agencyCode', 'caseNo', 'decidedOn', 'violationItemCode', 'band', 'fineYuan'];
  const rows = Array.from({ length: ROWS }, (_, i) => [i % 2 ? AGENCY_A : AGENCY_B, `罚〔2023〕${i}号`, '2023-03-01', `V${i % 40}`, 'GENERAL', ((i % 997) * 12.5).toFixed(2)]);
  const file = path.join(dir, 'penalties.csv');
  fs.writeFileSync(file, csvText([header, ...rows]));
  return file;
}

/** One answer of the server, timed. */
async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

describe('an import handed to the running server (embedded store)', () => {
  const dir = tempDir();
  const env = { DATA_DIR: path.join(dir, 'data'), AUTH_SECRET: 'import-server-test-secret-0123', LOG_LEVEL: 'info' };
  let server: ReturnType<typeof spawnEqp>;
  let base: string;

  beforeAll(async () => {
    expect((await runEqp(['migrate'], env)).code).toBe(0);
    server = spawnEqp(['serve', '--port', '0'], env);
    const ready = await waitFor(() => /GraphQL ready at (http:\/\/localhost:\d+)\/graphql/.exec(server.output()), 60_000, 100);
    base = ready![1];
    const setup = await runEqp(['import', writeCsv(dir, 'regions.csv', REGIONS), writeCsv(dir, 'agencies.csv', AGENCIES)], env);
    expect(setup.code, setup.output).toBe(0);
  }, 300_000);

  afterAll(async () => {
    if (server) {
      server.kill('SIGTERM');
      // A server that does not stop in time (a loaded machine) must not outlive the test.
      const killer = setTimeout(() => server.kill('SIGKILL'), 20_000);
      await exited(server);
      clearTimeout(killer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  test('runs in a worker: queries keep being answered and /readyz stays ready until it is done', async () => {
    const file = penaltiesFile(dir);
    const importing = runEqp(['import', file], env);
    let done = false;
    void importing.then(() => (done = true));
    const answers: Array<{ what: string; status: number; ms: number }> = [];
    const query = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ meta { version store } }' }) };
    while (!done) {
      const [ready, graphql] = await Promise.all([timed(`${base}/readyz`), timed(`${base}/graphql`, query)]);
      answers.push({ what: 'readyz', ...ready }, { what: 'graphql', ...graphql });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const result = await importing;
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/handing "import"/);
    expect(result.output).toMatch(new RegExp(`penalties\\): ${ROWS} read, ${ROWS} inserted`));
    // The import took several rounds of probing, and every probe was answered, ready.
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(server.output()).not.toMatch(/heap limit|FATAL/);
  }, 300_000);
});
