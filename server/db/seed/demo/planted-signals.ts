import { sql } from 'drizzle-orm';
import { penaltyCases } from '../../tables/index.ts';
import type { Band } from '../../../domain/enums.ts';
import { activeSpan, type DemoAgency } from './agencies.ts';
import { insertAll, type SeedTx } from './bulk-insert.ts';
import { decide, type Decision } from './discretion.ts';
import { caseNumber, caseRow, townshipsNear } from './penalties.ts';
import { itemsOfDomains, type ViolationItem } from './violation-items.ts';
import type { SeedStep } from './step.ts';
import type { Random } from './prng.ts';
import type { World } from './world.ts';

/**
 * A few cases of the demo's last year written so that each pattern signal of domain.md §4.10
 * shows (two agencies per kind): a campaign month, a year-end fine push, one fine across bands
 * and first offences without leniency. Each is planted on top of the agency's ordinary cases
 * with a margin the ordinary cases cannot undo (the bounds are in the comments), so the demo
 * shows them at every scale and seed.
 */
const YEAR = 2024;
const PER_KIND = 2;

interface Planter {
  agency: DemoAgency;
  rng: Random;
  /** Next free case number of the year (the ordinary cases are numbered 1…N). */
  seq: number;
}

const day = (month: number, d: number) => `${YEAR}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function* cases(world: World, p: Planter, count: number, dateOf: (i: number) => string, decision: (item: ViolationItem, date: string, i: number) => Decision, items = itemsOfDomains(p.agency.domains)) {
  const townships = townshipsNear(p.agency);
  for (let i = 0; i < count; i++) {
    const item = items[i % items.length];
    const date = dateOf(i);
    yield caseRow(world, p.agency, caseNumber(p.agency, YEAR, p.seq++), date, item, decision(item, date, i), p.rng.pick(townships), p.rng);
  }
}

const ordinary = (world: World, p: Planter) => (item: ViolationItem, date: string) =>
  decide((band) => world.book.rangeOn(item.code, band, date), p.agency.profile, YEAR, p.rng);

/** CAMPAIGN: a June of at least 10 and at least half the year's N cases; the median month is at most N / 6, so June ≥ 3 × median. */
function campaign(world: World, p: Planter) {
  const n = world.tally.casesInYear(p.agency.code, YEAR);
  return cases(world, p, Math.max(10, Math.ceil(n / 2)), (i) => day(6, 3 + (i % 24)), ordinary(world, p));
}

/**
 * PROFIT_DRIVEN: Q December cases with Q ≥ N / 5 (so 6 × December ≥ the year's cases) and
 * N + Q ≥ 20, each fined at least F / 3Q (so December holds at least a quarter of the fines).
 */
function profitDriven(world: World, p: Planter) {
  const n = world.tally.casesInYear(p.agency.code, YEAR);
  const fines = [1, 2, 3, 4].reduce((sum, q) => sum + world.tally.quarter(p.agency.code, YEAR, q).finesYuan, 0);
  const q = Math.max(Math.ceil(n / 5), 20 - n, 4);
  const fine = Math.ceil(fines / (3 * q) / 100) * 100 + 1000;
  const decision = ordinary(world, p);
  return cases(world, p, q, (i) => day(12, 1 + (i % 28)), (item, date) => ({ ...decision(item, date), leniency: 'NONE', fineYuan: fine }));
}

/** ONE_SIZE_FITS_ALL: 12 no-leniency cases of an item the agency has no other such case of, in two bands, one fine. */
function oneSizeFitsAll(world: World, p: Planter, item: ViolationItem) {
  const fine = world.book.rangeOn(item.code, 'GENERAL', day(1, 1)).min;
  const bands: Band[] = ['GENERAL', 'MINOR'];
  return cases(world, p, 12, (i) => day(1 + i, 10), (_, __, i) => ({ band: bands[i % 2], leniency: 'NONE', firstOffence: false, fineYuan: fine }), [item]);
}

/** MECHANICAL: k first-offence MINOR cases without leniency, k ≥ 10 − c and k ≥ 4c − 5n (c of them so far, n without leniency). */
function mechanical(world: World, p: Planter, k: number) {
  return cases(world, p, k, (i) => day(1 + (i % 12), 5 + (i % 20)), (item, date) => {
    const range = world.book.rangeOn(item.code, 'MINOR', date);
    return { band: 'MINOR', leniency: 'NONE', firstOffence: true, fineYuan: Math.round(p.rng.uniform(range.min, range.max) / 10) * 10 };
  });
}

interface CaseMix { agency_code: string; c: number; n: number; items: string[] | null }

/** The year's first-offence MINOR counts and no-leniency items of the candidates, as written so far. */
async function caseMix(tx: SeedTx, codes: string[]): Promise<Map<string, CaseMix>> {
  const result = await tx.execute(sql`
    select agency_code, count(*) filter (where first_offence and band = 'MINOR')::int as c,
      count(*) filter (where first_offence and band = 'MINOR' and leniency = 'NONE')::int as n,
      array_agg(distinct violation_item_code) filter (where leniency = 'NONE') as items
    from penalty_cases
    where agency_code = any(${sql.param(codes)}::text[]) and decided_on between ${day(1, 1)} and ${day(12, 31)}
    group by agency_code`) as unknown as { rows: CaseMix[] };
  return new Map(result.rows.map((r) => [r.agency_code, r]));
}

async function* plantedCases(tx: SeedTx, world: World) {
  const rng = world.rng.fork('planted-signals');
  const eligible = world.agencies.filter((a) => activeSpan(a, day(1, 1), day(12, 31))?.from === day(1, 1)
    && activeSpan(a, day(1, 1), day(12, 31))?.to === day(12, 31) && world.tally.casesInYear(a.code, YEAR) > 0);
  const candidates = rng.sample(eligible, Math.min(eligible.length, 8 * PER_KIND)).map((agency): Planter =>
    ({ agency, rng: rng.fork(agency.key), seq: world.tally.casesInYear(agency.code, YEAR) + 1 }));
  const mix = await caseMix(tx, candidates.map((p) => p.agency.code));
  for (const p of candidates.slice(0, PER_KIND)) yield* campaign(world, p);
  for (const p of candidates.slice(PER_KIND, 2 * PER_KIND)) yield* profitDriven(world, p);
  const rest = candidates.slice(2 * PER_KIND);
  const unused = (p: Planter) => itemsOfDomains(p.agency.domains).find((i) => !mix.get(p.agency.code)?.items?.includes(i.code));
  const oneSize = rest.filter(unused).slice(0, PER_KIND);
  for (const p of oneSize) yield* oneSizeFitsAll(world, p, unused(p)!);
  const needed = (p: Planter) => {
    const { c = 0, n = 0 } = mix.get(p.agency.code) ?? {};
    return Math.max(10 - c, 4 * c - 5 * n, 1);
  };
  const mechanicalOnes = rest.filter((p) => !oneSize.includes(p)).sort((a, b) => needed(a) - needed(b)).slice(0, PER_KIND);
  for (const p of mechanicalOnes) yield* mechanical(world, p, needed(p));
}

export const plantedSignalStep: SeedStep = {
  table: 'penalty_cases',
  async run(tx, world, onChunk) {
    const rows = [];
    for await (const row of plantedCases(tx, world)) rows.push(row);
    return insertAll(tx, penaltyCases, rows, onChunk);
  },
};
