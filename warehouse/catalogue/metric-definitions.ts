import type { Dimension } from '../queries/scope.ts';
import { BESPOKE_METRICS } from './bespoke.metrics.ts';
import { clueView } from './clue.view.ts';
import { complaintView } from './complaint.view.ts';
import { complianceView } from './compliance.view.ts';
import { penaltyView } from './penalty.view.ts';
import { rateFormula } from './rate.ts';
import { supervisionView } from './supervision.view.ts';
import type { View } from './view.ts';
import { workforceView } from './workforce.view.ts';

/** Every view of the catalogue: what the analytics queries serve from declared measures. */
export const VIEWS: readonly View[] = [supervisionView, penaltyView, complianceView, workforceView, complaintView, clueView];

export interface MetricDefinitionShape {
  name: string;
  section: string;
  titleZh: string;
  titleEn: string;
  formula: string;
  numerator: string[];
  denominator: string[];
  queries: string[];
  dimensions: Dimension[];
  noteZh: string | null;
  noteEn: string | null;
}

/** The metric dictionary: each rate of a view once (with every query serving it), then the bespoke metrics. */
export function metricDefinitions(): MetricDefinitionShape[] {
  const byName = new Map<string, MetricDefinitionShape>();
  for (const view of VIEWS) {
    for (const r of view.rates) {
      const known = byName.get(r.name);
      if (known) {
        known.queries.push(view.query);
        known.dimensions = [...new Set([...known.dimensions, ...view.dimensions])];
        continue;
      }
      byName.set(r.name, {
        name: r.name, section: r.section, titleZh: r.zh, titleEn: r.en, formula: rateFormula(r),
        numerator: r.numerator.map((m) => m.name), denominator: r.denominator.map((m) => m.name),
        queries: [view.query], dimensions: [...view.dimensions], noteZh: r.note?.zh ?? null, noteEn: r.note?.en ?? null,
      });
    }
  }
  const bespoke = BESPOKE_METRICS.map((m): MetricDefinitionShape => ({
    name: m.name, section: m.section, titleZh: m.zh, titleEn: m.en, formula: m.formula, numerator: m.numerator, denominator: m.denominator,
    queries: m.queries, dimensions: [...m.dimensions], noteZh: m.note?.zh ?? null, noteEn: m.note?.en ?? null,
  }));
  return [...byName.values(), ...bespoke].sort((a, b) => a.section.localeCompare(b.section));
}
