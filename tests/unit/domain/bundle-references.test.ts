import { describe, expect, it } from 'vitest';
import { bundleIds, checkBundleReferences, referencesOutside, type StoredIds } from '../../../server/src/domain/bundle-references.ts';
import { graphBundleSchema } from '../../../server/src/domain/schemas.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import { issuePath } from './issue-path.ts';

const bundle = (edges: unknown[], sources: unknown[] = [{ id: 's1', kind: 'report', title: 'Report' }]) =>
  parseInput(graphBundleSchema, {
    sources,
    entities: [
      { id: 'a', kind: 'organization', name: 'A' },
      { id: 'b', kind: 'organization', name: 'B' },
    ],
    edges,
  });
const edge = (id: string, from: string, to: string, sourceId = 's1') => ({ id, type: 'FUNDED', from, to, confidence: 'reported', citations: [{ sourceId }] });
const nothingStored: StoredIds = { entityKind: () => undefined, hasSource: () => false };

describe('bundle references', () => {
  it('rejects an id repeated within a section', () => {
    const data = bundle([edge('e1', 'a', 'b'), edge('e1', 'b', 'a')]);
    expect(issuePath(() => bundleIds(data))).toEqual(['bundle', 'edges', 1, 'id']);
  });

  it('lists each reference the bundle leaves to the store once', () => {
    const data = bundle([edge('e1', 'a', 'x'), edge('e2', 'x', 'y', 's9')], [{ id: 's1', kind: 'report', title: 'R', partOf: 's9' }]);
    expect(referencesOutside(data, bundleIds(data))).toEqual({ entities: ['x', 'y'], sources: ['s9'] });
  });

  it('accepts references resolved by the bundle or the store, and names the first that is neither', () => {
    const data = bundle([edge('e1', 'a', 'b'), edge('e2', 'a', 'stored'), edge('e3', 'b', 'a', 'gone')]);
    const stored: StoredIds = { entityKind: (id) => (id === 'stored' ? 'organization' : undefined), hasSource: () => false };
    expect(issuePath(() => checkBundleReferences(data, bundleIds(data), stored))).toEqual(['bundle', 'edges', 2, 'citations', 0, 'sourceId']);
    expect(issuePath(() => checkBundleReferences(data, bundleIds(data), nothingStored))).toEqual(['bundle', 'edges', 1, 'to']);
  });

  it('rejects a forbidden loop and an unknown partOf', () => {
    const loop = bundle([edge('e1', 'a', 'a')]);
    expect(issuePath(() => checkBundleReferences(loop, bundleIds(loop), nothingStored))).toEqual(['bundle', 'edges', 0, 'to']);
    const part = bundle([], [{ id: 's1', kind: 'report', title: 'R', partOf: 'missing' }]);
    expect(issuePath(() => checkBundleReferences(part, bundleIds(part), nothingStored))).toEqual(['bundle', 'sources', 0, 'partOf']);
  });
});
