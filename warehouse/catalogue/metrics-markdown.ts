import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bilingual } from './describe.ts';
import { metricDefinitions, VIEWS } from './metric-definitions.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** docs/metrics.md, generated from the catalogue (a test keeps the committed file equal to it). */
export function renderMetricsMarkdown(): string {
  const lines = [
    '# Metric dictionary 指标口径',
    '',
    'Generated from `warehouse/catalogue/` by `npx tsx warehouse/catalogue/metrics-markdown.ts`; the `metrics` query serves the same list.',
    'Every rate is a ratio of sums over the group, `null` when the denominator is 0 (never 0 or 1).',
    '',
    '## Metrics 指标',
    '',
    '| name | 中文 | English | formula | queries | dimensions | note |',
    '|---|---|---|---|---|---|---|',
    ...metricDefinitions().map((m) => `| \`${m.name}\` (${m.section}) | ${cell(m.titleZh)} | ${cell(m.titleEn)} | ${cell(m.formula)} | ${m.queries.join(', ')} | ${m.dimensions.join(', ')} | ${cell([m.noteZh, m.noteEn].filter(Boolean).join(' '))} |`),
    '',
    '## Measures 度量',
    '',
  ];
  for (const view of VIEWS) {
    lines.push(`### \`${view.query}\` → \`${view.rowType}\``, '', bilingual(view), '', '| field | 中文 | English | aggregate | fact |', '|---|---|---|---|---|');
    for (const m of view.measures) lines.push(`| \`${m.name}\` | ${cell(m.zh)} | ${cell(m.en)} | ${cell(m.formula)} | \`${m.fact.table}\` |`);
    lines.push('');
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(new URL('../../docs/metrics.md', import.meta.url), renderMetricsMarkdown());
}
