import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { Lexer, type Token, type Tokens } from 'marked';

/**
 * The README's example queries are the one source for the explorer's saved tabs and for the
 * test that runs every documented example (tests/docs-examples.test.ts): all three read them
 * through this parser.
 */
export interface Example {
  /** The first `# …` comment line before the operation. */
  title: string;
  /** The operation, runnable as is (with the block's fragments appended). */
  query: string;
  /** `# key: value` lines before the operation (e.g. `# token: ANALYST`), for the docs test. */
  directives: Record<string, string>;
}

export const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const README_PATH = path.join(REPOSITORY_ROOT, 'README.md');

/** Directive keys the docs test understands; any other comment line is prose (the first one is the title). */
const DIRECTIVE = /^#\s*(token|expect|variables):\s*(.+)$/;

/** The bodies of every fenced code block of the given language, in document order (nested in lists or quotes too). */
export function fencedBlocks(markdown: string, language: string): string[] {
  const blocks: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code' && (token as Tokens.Code).lang?.split(/\s/)[0] === language) blocks.push((token as Tokens.Code).text);
      const children = (token as { tokens?: Token[] }).tokens ?? (token as Tokens.List).items;
      if (children) visit(children as Token[]);
    }
  };
  visit(Lexer.lex(markdown));
  return blocks;
}

/** The comment lines (without their line breaks) of a stretch of GraphQL text between two definitions. */
function commentLines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('#'));
}

/**
 * One example per operation of a block: a block may hold several operations, each headed by its
 * `# title` comment; fragments defined in the block are appended to every operation using them.
 */
export function blockExamples(block: string, fallbackTitle: string): Example[] {
  const document = parse(block);
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  let previousEnd = 0;
  const examples: Example[] = [];
  for (const definition of document.definitions as DefinitionNode[]) {
    const { start, end } = definition.loc!;
    const comments = commentLines(block.slice(previousEnd, start));
    previousEnd = end;
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const directives: Record<string, string> = {};
    const prose: string[] = [];
    for (const line of comments) {
      const match = DIRECTIVE.exec(line);
      if (match) directives[match[1]] = match[2].trim();
      else prose.push(line.replace(/^#\s*/, ''));
    }
    const operation = block.slice(start, end);
    const used = fragments.filter((f) => new RegExp(`\\.\\.\\.\\s*${f.name.value}\\b`).test(operation)).map(print);
    examples.push({
      title: prose[0] || definition.name?.value || `${fallbackTitle} ${examples.length + 1}`,
      query: [operation, ...used].join('\n\n'),
      directives,
    });
  }
  return examples;
}

/** Every example of every fenced `graphql` block of a Markdown text. */
export function markdownExamples(markdown: string, fallbackTitle = 'Example'): Example[] {
  return fencedBlocks(markdown, 'graphql').flatMap((block) => blockExamples(block, fallbackTitle));
}

/** The README's example queries, titled by their first `# …` comment line: the explorer's saved tabs. */
export function readmeExamples(): Array<{ title: string; query: string }> {
  return markdownExamples(fs.readFileSync(README_PATH, 'utf8')).map(({ title, query }) => ({ title, query }));
}
