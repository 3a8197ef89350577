import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { blockExamples, fencedBlocks, markdownExamples, readmeExamples, README_PATH, REPOSITORY_ROOT, type Example } from '../server/docs/examples.ts';
import { DEMO_CITY, seedDemo } from '../server/db/seed/index.ts';
import { runEtl } from '../etl/run.ts';
import type { Role } from '../server/auth/viewer.ts';
import { startTestServer, type TestServer, type TestToken } from './helpers/server.ts';
import { tempDir } from './helpers/warehouse.ts';

/**
 * Every example of the README and of docs/*.md runs against the demo city (the one `npm start`
 * loads): each fenced `graphql` operation over real HTTP, each command of an `sh` block that runs
 * `eqp` as a real child process on a temporary DATA_DIR. A block says how it runs with comment
 * lines before an operation: `# token: ROLE [region=CODE] [agency=CODE]` (default ADMIN,
 * `none` for PUBLIC), `# expect: empty` (no data is the point) or `# expect: ERROR_CODE`
 * (the error is the point), `# variables: {JSON}`.
 */
const DOCUMENTS = ['README.md', ...fs.readdirSync(path.join(REPOSITORY_ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const read = (file: string) => fs.readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8');

const GRAPHQL = DOCUMENTS.flatMap((file) => markdownExamples(read(file), file).map((example) => ({ file, ...example })));

/** The only documented commands not run here, and why. */
const NOT_RUNNABLE: Array<[RegExp, string]> = [
  [/\beqp (serve|start)\b/, 'a server never exits'],
  [/\beqp seed\b/, 'the store already holds the demo city, which beforeAll seeds with the same DEMO_CITY'],
];

/** The `eqp` commands of a shell block (continuation lines joined); other lines, such as a curl to a running server, are for the reader. */
const eqpCommands = (block: string) => block.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim())
  .filter((line) => /^(\w+=\S*\s+)*(npx )?eqp\s/.test(line));

const SHELL = DOCUMENTS.flatMap((file) => fencedBlocks(read(file), 'sh').flatMap(eqpCommands)
  .map((command) => ({ file, command, notRun: NOT_RUNNABLE.find(([pattern]) => pattern.test(command))?.[1] })));

/** Root fields that came back with nothing: null, an empty list, or a connection without nodes. */
function emptyRoots(data: Record<string, unknown>): string[] {
  const empty = (value: unknown): boolean => value === null || (Array.isArray(value) && value.length === 0)
    || (typeof value === 'object' && value !== null && 'nodes' in value && empty((value as { nodes: unknown }).nodes));
  return Object.entries(data).filter(([, value]) => empty(value)).map(([field]) => field);
}

describe('the Markdown parser behind the README examples, the explorer tabs and this test', () => {
  const markdown = [
    '# Doc', '', '```graphql', '# First (一)', '# more prose', '{ a }', '', '# token: ANALYST', '# variables: {"year": 2024}', '# Second', 'query Named { ...F }',
    'fragment F on Query { b }', '```', '', '- a list item', '', '  ```graphql', '  { c }', '  ```', '', '```sh', 'eqp migrate', '```',
  ].join('\n');

  test('one example per operation, titled by its first comment line, directives apart, fragments appended', () => {
    const examples = markdownExamples(markdown, 'doc.md');
    expect(examples.map((e) => e.title)).toEqual(['First (一)', 'Second', 'doc.md 1']);
    expect(examples[0]).toEqual({ title: 'First (一)', query: '{ a }', directives: {} });
    expect(examples[1].directives).toEqual({ token: 'ANALYST', variables: '{"year": 2024}' });
    expect(examples[1].query).toBe('query Named { ...F }\n\nfragment F on Query {\n  b\n}');
    expect(fencedBlocks(markdown, 'sh')).toEqual(['eqp migrate']);
  });

  test('an untitled named operation is titled by its name', () => {
    expect(blockExamples('query Ranking { x }', 'f').map((e) => e.title)).toEqual(['Ranking']);
  });

  test('readmeExamples: the README\'s operations, each one runnable document with a distinct title', () => {
    const tabs = readmeExamples();
    expect(tabs).toEqual(markdownExamples(fs.readFileSync(README_PATH, 'utf8')).map(({ title, query }) => ({ title, query })));
    expect(tabs.length).toBeGreaterThan(0);
    expect(new Set(tabs.map((t) => t.title)).size).toBe(tabs.length);
    for (const tab of tabs) expect(parse(tab.query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)).toHaveLength(1);
  });
});

describe('every documented example runs against the demo city', () => {
  const dir = tempDir('docs');
  let server: TestServer;
  let closing: Promise<void> | undefined;
  const closeServer = () => (closing ??= server?.close());

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dir, pgliteDir: path.join(dir, 'pg'), warehousePath: path.join(dir, 'warehouse.duckdb') });
    await seedDemo(server.app.services.store, DEMO_CITY);
    await runEtl(server.app.services.store, { warehousePath: path.join(dir, 'warehouse.duckdb'), full: true });
  }, 300_000);
  afterAll(async () => {
    await closeServer();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const tokenFor = async ({ directives }: Example): Promise<TestToken> => {
    const [role, ...bindings] = (directives.token ?? 'ADMIN').split(/\s+/);
    if (role === 'none') return null;
    const binding = Object.fromEntries(bindings.map((b) => b.split('=')));
    return server.token({ role: role as Role, regionCode: binding.region, agencyCode: binding.agency });
  };

  for (const example of GRAPHQL) {
    test(`${example.file}: ${example.title}`, async () => {
      const variables = example.directives.variables ? JSON.parse(example.directives.variables) : undefined;
      const { body } = await server.post(example.query, variables, await tokenFor(example));
      const expected = example.directives.expect;
      if (expected && expected !== 'empty') {
        expect(body.errors?.map((e) => e.extensions?.code), 'the documented error').toContain(expected);
        return;
      }
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      if (expected !== 'empty') expect(emptyRoots(body.data), 'fields that returned nothing').toEqual([]);
    });
  }

  describe('shell commands, run in order on the same data with the server stopped (the store has one owner)', () => {
    const work = tempDir('docs-cwd');
    const bin = path.join(work, '.bin');
    beforeAll(async () => {
      await closeServer();
      // Commands run as from the repository root (its files readable by relative paths), but what they write lands here.
      for (const entry of fs.readdirSync(REPOSITORY_ROOT)) {
        if (!['data', '.git', '.tmp'].includes(entry)) fs.symlinkSync(path.join(REPOSITORY_ROOT, entry), path.join(work, entry));
      }
      fs.mkdirSync(bin);
      fs.writeFileSync(path.join(bin, 'eqp'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPOSITORY_ROOT, 'bin', 'eqp.js')}" "$@"\n`, { mode: 0o755 });
    });
    afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

    for (const { file, command, notRun } of SHELL) {
      if (notRun) {
        test.skip(`${file}: ${command} (not run: ${notRun})`, () => {});
        continue;
      }
      test(`${file}: ${command}`, () => {
        const result = spawnSync('bash', ['-c', command.replace(/\bnpx eqp\b/g, 'eqp')], {
          cwd: work, encoding: 'utf8', timeout: 120_000,
          env: { PATH: `${bin}:${process.env.PATH}`, HOME: work, DATA_DIR: dir, LOG_LEVEL: 'error' },
        });
        expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      });
    }
  });
});
