// The AnalysisStore contract: the lean whole-graph reads a ranking is built from, the same on every engine. Pages are
// read with small sizes so paging itself is exercised.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import type { EdgeEnds } from '../../server/src/ports/analysis-store.ts';
import { edgeInput, entityInput, reason, sourceInput } from '../fixtures/builders.ts';
import type { OpenStore } from './context.ts';

const ACTOR = 'contract-test';

async function allEnds(store: GraphStore, first: number): Promise<EdgeEnds[]> {
  const ends: EdgeEnds[] = [];
  for (let after: string | null = null, pages = 0; ; pages++) {
    const page = await store.analysis.edgeEnds(after, first);
    ends.push(...page.ends);
    if (page.next === null) return ends;
    expect(pages).toBeLessThan(1000);
    after = page.next;
  }
}

const key = (e: EdgeEnds) => `${e.from}>${e.to}`;

export function describeAnalysisStoreContract(name: string, open: OpenStore): void {
  describe(`AnalysisStore contract: ${name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
    });
    afterEach(async () => {
      await cleanup();
    });

    const entity = async (name: string, kind: 'organization' | 'person' = 'organization') =>
      (await store.createEntity(entityInput({ kind, name }), ACTOR)).id;

    it('reads nothing from an empty store', async () => {
      expect(await store.analysis.entityKinds(null, 10)).toEqual([]);
      expect(await store.analysis.edgeEnds(null, 10)).toEqual({ ends: [], next: null });
    });

    it('pages every entity id and kind in id order', async () => {
      const ids = [];
      for (let i = 0; i < 7; i++) ids.push(await entity(`Org ${i}`, i % 2 ? 'person' : 'organization'));
      const rows = [];
      for (let after: string | null = null; ; ) {
        const page = await store.analysis.entityKinds(after, 3);
        rows.push(...page);
        if (page.length < 3) break;
        after = page.at(-1)!.id;
      }
      expect(rows.map((r) => r.id)).toEqual([...ids].sort());
      const kindOf = new Map(rows.map((r) => [r.id, r.kind]));
      ids.forEach((id, i) => expect(kindOf.get(id)).toBe(i % 2 ? 'person' : 'organization'));
    });

    it('yields each non-retracted relationship once, parallel ones and loops included, across pages', async () => {
      const source = (await store.createSource(sourceInput({ kind: 'report', title: 'Report' }), ACTOR)).id;
      const [a, b, c, d] = [await entity('A'), await entity('B'), await entity('C'), await entity('D')];
      const add = async (from: string, to: string, type = 'SUPPORTED') =>
        store.addEdge(edgeInput({ type, from, to, confidence: 'reported', citations: [{ sourceId: source }] }), ACTOR);
      await add(a!, b!);
      await add(a!, b!);
      await add(b!, c!);
      await add(c!, a!);
      await add(d!, a!);
      const retracted = await add(c!, d!);
      await store.retractEdge(retracted.id, reason('wrong'), ACTOR);
      const expected = [`${a}>${b}`, `${a}>${b}`, `${b}>${c}`, `${c}>${a}`, `${d}>${a}`].sort();
      for (const first of [1, 2, 100]) expect((await allEnds(store, first)).map(key).sort(), `pages of ${first}`).toEqual(expected);
    });

    it('changes its graph version with every kind of write, and not without one', async () => {
      const v0 = await store.analysis.graphVersion();
      expect(await store.analysis.graphVersion()).toBe(v0);
      const a = await entity('A');
      const v1 = await store.analysis.graphVersion();
      expect(v1).not.toBe(v0);
      const b = await entity('B');
      const source = (await store.createSource(sourceInput({ kind: 'report', title: 'Report' }), ACTOR)).id;
      const v2 = await store.analysis.graphVersion();
      const edge = await store.addEdge(edgeInput({ type: 'SUPPORTED', from: a, to: b, confidence: 'reported', citations: [{ sourceId: source }] }), ACTOR);
      const v3 = await store.analysis.graphVersion();
      expect(v3).not.toBe(v2);
      await store.retractEdge(edge.id, reason('wrong'), ACTOR);
      const v4 = await store.analysis.graphVersion();
      expect(new Set([v0, v1, v2, v3, v4]).size).toBe(5);
      expect(await store.analysis.graphVersion()).toBe(v4);
    });
  });
}
