import { describe, expect, it } from 'vitest';
import { isOrderedRange } from '../../../server/src/domain/shared/dates.ts';
import { graphBundleSchema } from '../../../server/src/domain/schemas.ts';
import { BENCH_SIZES, TYPE_RULES, generateBundle, generateGraph } from '../../../tests/bench/generate-graph.ts';
import { mulberry32 } from '../../../tests/bench/random.ts';

const OPTIONS = { entities: 2_000, edges: 10_000, seed: 42 };
const bundle = generateBundle(OPTIONS);
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

function share(count: number, total: number): number {
  return count / total;
}

describe('seeded random source', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generated benchmark graph', () => {
  it('is the same for the same seed and differs for another seed', () => {
    expect(generateBundle(OPTIONS)).toEqual(bundle);
    const other = generateBundle({ ...OPTIONS, seed: 43 });
    expect(other.entities.map((e) => e.name)).not.toEqual(bundle.entities.map((e) => e.name));
  });

  it('has the requested sizes, and batches add up to the same relationships', () => {
    expect(bundle.entities).toHaveLength(2_000);
    expect(bundle.edges).toHaveLength(10_000);
    expect(bundle.sources).toHaveLength(250);
    const graph = generateGraph(OPTIONS);
    const batches = [...graph.edgeBatches(3_000)];
    expect(batches.map((b) => b.length)).toEqual([3_000, 3_000, 3_000, 1_000]);
    expect(batches.flat()).toEqual(bundle.edges);
    expect(BENCH_SIZES.M).toEqual({ entities: 200_000, edges: 1_000_000 });
  });

  it('passes the domain bundle schema, with every reference resolvable and no self-loops', () => {
    expect(graphBundleSchema.safeParse(bundle).success).toBe(true);
    const entityIds = new Set(bundle.entities.map((e) => e.id));
    const sourceIds = new Set(bundle.sources.map((s) => s.id));
    expect(entityIds.size).toBe(bundle.entities.length);
    expect(new Set(bundle.edges.map((e) => e.id)).size).toBe(bundle.edges.length);
    for (const e of bundle.edges) {
      expect(entityIds.has(e.from) && entityIds.has(e.to)).toBe(true);
      expect(e.from).not.toBe(e.to);
      for (const c of e.citations) expect(sourceIds.has(c.sourceId)).toBe(true);
    }
    for (const s of bundle.sources) if (s.partOf) expect(sourceIds.has(s.partOf)).toBe(true);
  });

  it('uses relationship types only between the kinds they fit', () => {
    const kindOf = new Map(bundle.entities.map((e) => [e.id, e.kind]));
    for (const e of bundle.edges) {
      const rule = TYPE_RULES[e.type as keyof typeof TYPE_RULES];
      expect(rule.from).toContain(kindOf.get(e.from));
      expect(rule.to).toContain(kindOf.get(e.to));
    }
    expect(new Set(bundle.edges.map((e) => e.type)).size).toBe(Object.keys(TYPE_RULES).length);
  });

  it('has a power-law degree shape with a few large hubs', () => {
    const degree = new Map<string, number>();
    for (const e of bundle.edges) {
      degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
      degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(sorted[0]).toBeGreaterThan(30 * median);
    expect(sorted.filter((d) => d >= 100).length).toBeGreaterThanOrEqual(3);
    expect(sorted.filter((d) => d >= 100).length).toBeLessThan(bundle.entities.length / 50);
  });

  it('mixes kinds, with persons and organizations the most common', () => {
    const count = (kind: string) => bundle.entities.filter((e) => e.kind === kind).length;
    expect(count('person')).toBeGreaterThan(count('organization'));
    expect(count('organization')).toBeGreaterThan(count('event'));
    for (const kind of ['event', 'claim', 'law', 'place']) expect(count(kind)).toBeGreaterThan(0);
  });

  it('has parallel, contested and alleged relationships with one to three citations each', () => {
    const total = bundle.edges.length;
    const pairs = new Set<string>();
    let parallel = 0;
    for (const e of bundle.edges) {
      const key = `${e.from}>${e.to}`;
      if (pairs.has(key)) parallel++;
      pairs.add(key);
    }
    const contested = bundle.edges.filter((e) => e.citations.some((c) => c.stance === 'disputes'));
    const alleged = bundle.edges.filter((e) => e.confidence === 'alleged').length;
    expect(share(parallel, total)).toBeGreaterThan(0.02);
    expect(share(contested.length, total)).toBeGreaterThan(0.03);
    expect(share(contested.length, total)).toBeLessThan(0.1);
    for (const e of contested) expect(e.citations.length).toBeGreaterThanOrEqual(2);
    expect(share(alleged, total)).toBeGreaterThan(0.1);
    for (const e of bundle.edges) {
      expect(e.citations.length).toBeGreaterThanOrEqual(1);
      expect(e.citations.length).toBeLessThanOrEqual(3);
      expect(new Set(e.citations.map((c) => c.sourceId)).size).toBe(e.citations.length);
    }
  });

  it('names entities in Cyrillic (Kazakh letters included) and Latin, each with an alias in the other script', () => {
    const cyrillicNames = bundle.entities.filter((e) => CYRILLIC.test(e.name));
    const latinNames = bundle.entities.filter((e) => !CYRILLIC.test(e.name) && LATIN.test(e.name));
    expect(cyrillicNames.length + latinNames.length).toBe(bundle.entities.length);
    expect(share(latinNames.length, bundle.entities.length)).toBeGreaterThan(0.1);
    expect(cyrillicNames.some((e) => /[әғқңөұүһі]/i.test(e.name))).toBe(true);
    for (const e of cyrillicNames) expect(e.aliases.some((a) => !CYRILLIC.test(a.value) && LATIN.test(a.value))).toBe(true);
    for (const e of latinNames) expect(e.aliases.some((a) => CYRILLIC.test(a.value))).toBe(true);
  });

  it('restricts some persons and nothing else', () => {
    const restricted = bundle.entities.filter((e) => e.sensitivity === 'restricted');
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.every((e) => e.kind === 'person')).toBe(true);
  });

  it('dates relationships over 2000-2025 at all three precisions, ranges in order', () => {
    const dates = bundle.edges.flatMap((e) => [e.validFrom, e.validTo]).filter((d): d is string => d !== null);
    expect(dates.some((d) => /^\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    for (const d of dates) expect(Number(d.slice(0, 4))).toBeGreaterThanOrEqual(2000);
    for (const d of dates) expect(Number(d.slice(0, 4))).toBeLessThanOrEqual(2025);
    for (const e of bundle.edges) expect(isOrderedRange(e.validFrom, e.validTo)).toBe(true);
    for (const e of bundle.entities) expect(isOrderedRange(e.startDate, e.endDate)).toBe(true);
  });
});
