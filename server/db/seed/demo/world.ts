import { buildAgencies, type DemoAgency } from './agencies.ts';
import { Random } from './prng.ts';
import { buildStandards, StandardBook, type StandardVersion } from './standards.ts';
import { Tally } from './tally.ts';

/** Everything the table generators share: the seeded streams, the agencies, the catalogue. */
export interface World {
  rng: Random;
  /**
   * Multiplies each agency's workload (cases, officers, items, complaints, problems). Whole
   * scales add agencies; below 1 the city keeps every agency (and so its shape) and shrinks this.
   */
  volume: number;
  agencies: DemoAgency[];
  standards: StandardVersion[];
  book: StandardBook;
  /** Filled by the penalty and complaint generators, read by filings and reviews. */
  tally: Tally;
  /** Filled by the power-item generator: each agency's itemsTotal. */
  powerItemCounts: Map<string, number>;
}

export function buildWorld(seed: number, scale: number): World {
  const copies = Math.max(1, Math.round(scale));
  const rng = new Random(`eqp-demo/${seed}`);
  const standards = buildStandards();
  return {
    rng,
    volume: scale / copies,
    agencies: buildAgencies(copies, rng),
    standards,
    book: new StandardBook(standards),
    tally: new Tally(),
    powerItemCounts: new Map(),
  };
}
