/** The weights of the efficiency evaluation (效能评价, domain.md §4.1 and §4.4): the defaults are written here once. */
export interface CompositeWeights {
  quality: number;
  supervision: number;
  satisfaction: number;
}

export interface SupervisionWeights {
  inspection: number;
  exercise: number;
  timeliness: number;
}

export const DEFAULT_COMPOSITE_WEIGHTS: CompositeWeights = { quality: 0.4, supervision: 0.3, satisfaction: 0.3 };
export const DEFAULT_SUPERVISION_WEIGHTS: SupervisionWeights = { inspection: 0.4, exercise: 0.4, timeliness: 0.2 };

/** The weights of one year's evaluation scheme (效能评价方案). */
export interface EvaluationWeights extends CompositeWeights {
  year: number;
  supervisionParts: SupervisionWeights;
  /** True when the year has no stored scheme and the defaults apply. */
  isDefault: boolean;
}

export function defaultWeights(year: number): EvaluationWeights {
  return { year, ...DEFAULT_COMPOSITE_WEIGHTS, supervisionParts: DEFAULT_SUPERVISION_WEIGHTS, isDefault: true };
}

export type SchemeLookup = (year: number) => EvaluationWeights;

/** A stored scheme's six weights, as the store and the warehouse both hold them. */
export interface StoredScheme extends CompositeWeights, SupervisionWeights {
  year: number;
}

/** The stored schemes as a lookup by year that falls back to the defaults. */
export function schemeLookup(stored: StoredScheme[]): SchemeLookup {
  const byYear = new Map<number, EvaluationWeights>(stored.map((s) => [s.year, {
    year: s.year,
    quality: s.quality,
    supervision: s.supervision,
    satisfaction: s.satisfaction,
    supervisionParts: { inspection: s.inspection, exercise: s.exercise, timeliness: s.timeliness },
    isDefault: false,
  }]));
  return (year) => byYear.get(year) ?? defaultWeights(year);
}

/** How far each weight moves in the neighbouring schemes of the robustness check (§4.4). */
export const ROBUSTNESS_STEP = 0.05;

/** The 27 schemes with each weight moved by −step, 0 or +step; a weight below 0 becomes 0, none is renormalised. */
export function neighbouringSchemes(w: CompositeWeights, step = ROBUSTNESS_STEP): CompositeWeights[] {
  const moves = [-step, 0, step];
  const moved = (x: number, d: number) => Math.max(0, x + d);
  return moves.flatMap((dq) => moves.flatMap((ds) => moves.map((dt) => ({
    quality: moved(w.quality, dq), supervision: moved(w.supervision, ds), satisfaction: moved(w.satisfaction, dt),
  }))));
}
