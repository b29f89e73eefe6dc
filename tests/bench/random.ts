// A small seeded random source for generated graphs: same seed, same graph, on every machine.

/** mulberry32: 32-bit state, fast, and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Picks a key with probability proportional to its weight; build a `WeightedChoice` once for hot loops. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    return new WeightedChoice(weights).pick(this);
  }

  /** Fisher-Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

/**
 * Draws members with Zipf weights (rank r weighs r^-exponent) over a shuffled ranking, so a few members are drawn very
 * often (the hubs) and most rarely, without the hubs being the first ids.
 */
export class ZipfSampler {
  private readonly members: Int32Array;
  private readonly cumulative: Float64Array;

  constructor(members: ArrayLike<number>, exponent: number, random: Random) {
    const ranked = random.shuffle(Array.from(members));
    this.members = Int32Array.from(ranked);
    this.cumulative = new Float64Array(ranked.length);
    let sum = 0;
    for (let r = 0; r < ranked.length; r++) {
      sum += (r + 1) ** -exponent;
      this.cumulative[r] = sum;
    }
  }

  get size(): number {
    return this.members.length;
  }

  sample(random: Random): number {
    const n = this.cumulative.length;
    if (n === 0) throw new Error('cannot sample from an empty pool');
    const target = random.float() * (this.cumulative[n - 1] as number);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.members[lo] as number;
  }
}

/** A fixed weighted choice among keys, prepared once. */
export class WeightedChoice<K extends string> {
  private readonly keys: K[];
  private readonly cumulative: number[];

  constructor(weights: Readonly<Record<K, number>>) {
    this.keys = Object.keys(weights) as K[];
    let sum = 0;
    this.cumulative = this.keys.map((k) => (sum += weights[k]));
  }

  pick(random: Random): K {
    const target = random.float() * (this.cumulative[this.cumulative.length - 1] as number);
    for (let i = 0; i < this.cumulative.length; i++) {
      if (target < (this.cumulative[i] as number)) return this.keys[i] as K;
    }
    return this.keys[this.keys.length - 1] as K;
  }
}
