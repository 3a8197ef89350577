/**
 * A small seeded PRNG (sfc32, seeded through the cyrb128 string hash). The demo never calls
 * Math.random(): every stream is derived from the seed and a label path, so a stream for
 * "penalties/<agency>/2023" yields the same values whatever was generated before it.
 */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  return [h1 >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

// Weight tables are module constants used for millions of draws: sum them once.
const cumulativeCache = new WeakMap<object, { keys: string[]; cumulative: number[] }>();

function cumulativeWeights(weights: Readonly<Record<string, number>>): { keys: string[]; cumulative: number[] } {
  let table = cumulativeCache.get(weights);
  if (!table) {
    let sum = 0;
    table = { keys: Object.keys(weights), cumulative: Object.values(weights).map((w) => (sum += w)) };
    cumulativeCache.set(weights, table);
  }
  return table;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly path: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(path);
    // sfc32 needs a few rounds before similar seeds diverge.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream for a sub-part of the data, named by labels. */
  fork(...labels: Array<string | number>): Random {
    return new Random(`${this.path}/${labels.join('/')}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const { keys, cumulative } = cumulativeWeights(weights);
    const roll = this.next() * cumulative[cumulative.length - 1];
    let i = 0;
    while (cumulative[i] <= roll && i < keys.length - 1) i++;
    return keys[i] as K;
  }

  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = 0; i < Math.min(count, pool.length); i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, count);
  }
}

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
