import { describe, expect, it } from 'vitest';
import type { ElementDefinition } from 'cytoscape';
import { budgetEdges } from './edge-budget.ts';

const node = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const edge = (id: string, source: string, target: string, confidence = 'REPORTED', status = 'ACTIVE'): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
  classes: `confidence-${confidence} status-${status}`,
});
const ids = (defs: readonly ElementDefinition[]) => defs.filter((d) => d.group === 'edges').map((d) => String(d.data.id));
const none = new Set<string>();

/** A hub with `leaves` neighbours, and every leaf also joined to the next one. */
function star(leaves: number): ElementDefinition[] {
  const out = [node('hub')];
  for (let i = 0; i < leaves; i++) out.push(node(`n${i}`));
  for (let i = 0; i < leaves; i++) out.push(edge(`hub-${i}`, 'hub', `n${i}`));
  for (let i = 0; i + 1 < leaves; i++) out.push(edge(`ring-${i}`, `n${i}`, `n${i + 1}`));
  return out;
}

describe('budgetEdges', () => {
  it('leaves a view within the budget as it is', () => {
    const elements = star(5);
    const result = budgetEdges(elements, { budget: 100, notShown: none, keep: none });
    expect(result.elements).toEqual(elements);
    expect(result.thinned).toEqual([]);
    expect(result.total).toBe(9);
  });

  it('draws at most the budget, keeps every node, and accounts for every relationship it leaves out', () => {
    const elements = star(50);
    const result = budgetEdges(elements, { budget: 60, notShown: none, keep: none });
    expect(ids(result.elements)).toHaveLength(60);
    expect(result.thinned).toHaveLength(99 - 60);
    expect(result.total).toBe(99);
    expect(new Set([...ids(result.elements), ...ids(result.thinned)]).size).toBe(99);
    expect(result.elements.filter((d) => d.group === 'nodes')).toHaveLength(51);
  });

  it('gives every entity a drawn relationship before drawing a second one for any', () => {
    const result = budgetEdges(star(50), { budget: 50, notShown: none, keep: none });
    const drawn = result.elements.filter((d) => d.group === 'edges');
    const touched = new Set(drawn.flatMap((d) => [String(d.data.source), String(d.data.target)]));
    for (let i = 0; i < 50; i++) expect(touched.has(`n${i}`)).toBe(true);
  });

  it('prefers confirmed relationships to alleged ones and retracted ones last', () => {
    const elements = [node('a'), node('b'), edge('alleged', 'a', 'b', 'ALLEGED'), edge('retracted', 'a', 'b', 'CONFIRMED', 'RETRACTED'), edge('confirmed', 'a', 'b', 'CONFIRMED')];
    expect(ids(budgetEdges(elements, { budget: 1, notShown: none, keep: none }).elements)).toEqual(['confirmed']);
    expect(ids(budgetEdges(elements, { budget: 2, notShown: none, keep: none }).elements)).toEqual(['alleged', 'confirmed']);
  });

  it('draws every relationship of a kept entity, even past the budget', () => {
    const result = budgetEdges(star(30), { budget: 10, notShown: none, keep: new Set(['hub']) });
    expect(ids(result.elements).filter((id) => id.startsWith('hub-'))).toHaveLength(30);
    expect(ids(result.elements)).toHaveLength(30);
  });

  it('neither counts nor thins relationships hidden by filters or hiding, and keeps them in the elements', () => {
    const elements = star(10);
    const notShown = new Set(['n0', 'ring-5']);
    const result = budgetEdges(elements, { budget: 100, notShown, keep: none });
    expect(result.total).toBe(19 - 3);
    const tight = budgetEdges(elements, { budget: 5, notShown, keep: none });
    expect(ids(tight.elements)).toEqual(expect.arrayContaining(['hub-0', 'ring-0', 'ring-5']));
    expect(ids(tight.thinned)).not.toContain('hub-0');
    expect(ids(tight.elements).length - 3).toBe(5);
  });

  it('keeps drawing what it drew before, so an expand adds lines without reshuffling the rest', () => {
    const first = budgetEdges(star(40), { budget: 45, notShown: none, keep: none });
    const before = new Set(ids(first.elements));
    const grown = [...star(40), node('x'), edge('x-hub', 'x', 'hub'), edge('x-n3', 'x', 'n3')];
    const next = budgetEdges(grown, { budget: 45, notShown: none, keep: new Set(['x']), drawnBefore: before });
    const drawn = new Set(ids(next.elements));
    expect(drawn.has('x-hub') && drawn.has('x-n3')).toBe(true);
    expect([...before].filter((id) => !drawn.has(id))).toEqual([]);
    expect(drawn.size).toBe(47);
  });
});
