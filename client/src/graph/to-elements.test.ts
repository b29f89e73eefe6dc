import { describe, expect, it } from 'vitest';
import { edge, entity } from '../test-fixtures.ts';
import { REDACTED_LABEL, edgeLabel, toElements } from './to-elements.ts';

const labels = new Map([['AFFILIATED_WITH', 'affiliated with']]);

describe('toElements', () => {
  const entities = new Map([
    ['a', entity('a', { name: 'Parents’ Union' })],
    ['b', entity('b', { kind: 'PERSON', sensitivity: 'RESTRICTED', redacted: true, name: '' })],
    ['c', entity('c', { kind: 'EVENT' })],
  ]);
  const edges = new Map([
    ['e1', edge('e1', 'a', 'b', { status: 'CONTESTED', confidence: 'ALLEGED' })],
    ['e2', edge('e2', 'a', 'c')],
  ]);

  it('draws the canvas nodes and only the edges whose both ends are on the canvas', () => {
    const els = toElements(['a', 'b'], entities, edges, labels);
    expect(els.map((e) => e.data.id)).toEqual(['a', 'b', 'e1']);
  });

  it('classes nodes by kind and marks restricted and redacted ones, without leaking a name', () => {
    const [a, b] = toElements(['a', 'b'], entities, edges, labels);
    expect(a!.classes).toBe('kind-ORGANIZATION');
    expect(b!.classes).toBe('kind-PERSON restricted redacted');
    expect(b!.data.label).toBe(REDACTED_LABEL);
  });

  it('classes edges by confidence and status and labels them by relationship type', () => {
    const e1 = toElements(['a', 'b'], entities, edges, labels)[2]!;
    expect(e1.classes).toBe('confidence-ALLEGED status-CONTESTED');
    expect(e1.data).toMatchObject({ source: 'a', target: 'b', label: 'affiliated with (contested)' });
  });

  it('skips ids that are not cached (yet) and repeated ids', () => {
    expect(toElements(['a', 'zzz', 'a'], entities, edges, labels).map((e) => e.data.id)).toEqual(['a']);
  });

  it('falls back to a readable label for a type it has no label for', () => {
    expect(edgeLabel({ type: 'SPOKE_AT', status: 'RETRACTED' }, labels)).toBe('spoke at (retracted)');
  });
});
