import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RECORD_KINDS, RECORD_RULES } from '../../server/domain/records/index.ts';
import { HEADER_ALIASES, KIND_ALIASES } from './header-aliases.ts';

/** The alias table as markdown, for the README; ALIASES.md holds its output (a test keeps them equal). */
export function renderAliasesMarkdown(): string {
  const kindsOf = (field: string) => RECORD_KINDS.filter((k) => RECORD_RULES[k].fields.includes(field)).join(', ');
  const lines = [
    '# Import column titles',
    '',
    'Generated from `etl/import/header-aliases.ts` by `npx tsx etl/import/aliases-markdown.ts`.',
    'A column may be titled with the canonical field name or any of its Chinese titles; spaces,',
    'letter case and full-width brackets are ignored. Key columns are listed in interfaces.md.',
    '',
    '| field | kinds | Chinese titles |',
    '|---|---|---|',
    ...Object.entries(HEADER_ALIASES).map(([field, titles]) => `| \`${field}\` | ${kindsOf(field)} | ${titles.join('、')} |`),
    '',
    '## Sheet names',
    '',
    'An XLSX sheet named after a kind (or its Chinese name) holds records of that kind.',
    '',
    '| kind | Chinese sheet names |',
    '|---|---|',
    ...RECORD_KINDS.map((k) => `| \`${k}\` | ${KIND_ALIASES[k].join('、')} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(new URL('./ALIASES.md', import.meta.url), renderAliasesMarkdown());
}
