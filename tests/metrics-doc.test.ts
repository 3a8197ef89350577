import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { metricDefinitions } from '../warehouse/catalogue/metric-definitions.ts';
import { renderMetricsMarkdown } from '../warehouse/catalogue/metrics-markdown.ts';

describe('metrics-doc', () => {
  test('docs/metrics.md is current with the catalogue', () => {
    expect(fs.readFileSync(new URL('../docs/metrics.md', import.meta.url), 'utf8')).toBe(renderMetricsMarkdown());
  });

  test('the dictionary lists each metric once, the 三项制度 rates with their fields', () => {
    const metrics = metricDefinitions();
    expect(new Set(metrics.map((m) => m.name)).size).toBe(metrics.length);
    expect(metrics.find((m) => m.name === 'fullProcessRecordRate')).toMatchObject({
      numerator: ['casesFullyRecorded'], denominator: ['casesRecordKnown'], queries: ['enforcementCompliance'],
    });
    expect(metrics.find((m) => m.name === 'overturnRate')?.formula).toBe('(reconsiderationsOverturned + litigationsLost) / (reconsiderations + litigations)');
  });
});
