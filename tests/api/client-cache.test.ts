// The client's API calls against a real server: each one writes what it fetched into the one client cache itself,
// so callers never merge server data by hand, and the typed documents are answered as their generated types say.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphCache } from '../../client/src/api/cache.ts';
import { endpoint } from '../../client/src/api/graphql-client.ts';
import { addCitation, addEdge, createEntity, fetchEdges, fetchItem, fetchNeighborhood, fetchPaths, retractEdge, searchEntities } from '../../client/src/api/queries.ts';
import { isFullEdge } from '../../client/src/api/types.ts';
import { FIXTURE, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

describe('client API calls write the client cache', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: FIXTURE });
    endpoint.url = `${server.url}/graphql`;
  });
  afterAll(async () => {
    endpoint.url = '/graphql';
    await server?.close();
    await removeTempDirs();
  });
  beforeEach(() => graphCache.reset());

  it('search puts the entities it found in the cache', async () => {
    const found = await searchEntities('narodnye');
    expect(found.map((e) => e.id)).toContain('org-narodnye-sovety');
    expect(graphCache.get().entities.get('org-narodnye-sovety')?.kind).toBe('ORGANIZATION');
  });

  it('a neighborhood caches its nodes and its edges lean, with their ends as ids', async () => {
    const r = await fetchNeighborhood(['org-puk'], 1, null);
    const { entities, edges } = graphCache.get();
    expect(r.nodeIds).toContain('org-narodnye-sovety');
    for (const id of r.nodeIds) expect(entities.has(id)).toBe(true);
    const affiliation = edges.get('edge-puk-affiliated-ns');
    expect(affiliation).toMatchObject({ from: 'org-puk', to: 'org-narodnye-sovety', lean: true });
    expect(affiliation && isFullEdge(affiliation)).toBe(false);
  });

  it('fetching edges in full replaces the lean copies with the evidence', async () => {
    await fetchNeighborhood(['org-puk'], 1, null);
    await fetchEdges(['edge-puk-affiliated-ns', 'edge-that-does-not-exist']);
    const edge = graphCache.get().edges.get('edge-puk-affiliated-ns');
    if (!edge || !isFullEdge(edge)) throw new Error('the edge is not cached in full');
    expect(edge.citations.length).toBeGreaterThan(0);
    expect(edge.citations[0]!.source.title).not.toBe('');
    expect(graphCache.get().edges.has('edge-that-does-not-exist')).toBe(false);
  });

  it('paths cache their nodes and full edges', async () => {
    const paths = await fetchPaths('person-baltabayeva', 'org-narodnye-sovety', 4, null);
    expect(paths.length).toBeGreaterThan(0);
    const { entities, edges } = graphCache.get();
    for (const path of paths) {
      for (const node of path.nodes) expect(entities.has(node.id)).toBe(true);
      for (const e of path.edges) expect(isFullEdge(edges.get(e.id)!)).toBe(true);
    }
  });

  it('caches what writes return: a new entity, a new edge with its ends, a citation, a retraction', async () => {
    const entity = await createEntity({ kind: 'ORGANIZATION', name: 'Cache Test Foundation', aliases: [], sensitivity: 'PUBLIC' });
    expect(graphCache.get().entities.get(entity.id)?.name).toBe('Cache Test Foundation');

    const source = 'src-elc-feminita-2024';
    const edge = await addEdge({ type: 'FUNDED', from: entity.id, to: 'org-puk', confidence: 'ALLEGED', citations: [{ sourceId: source, locator: 'p. 1' }] });
    expect(graphCache.get().edges.get(edge.id)).toMatchObject({ from: entity.id, to: 'org-puk', status: 'ACTIVE' });
    expect(graphCache.get().entities.has('org-puk')).toBe(true);

    await addCitation(edge.id, { sourceId: source, locator: 'p. 2', stance: 'DISPUTES' });
    expect(graphCache.get().edges.get(edge.id)).toMatchObject({ status: 'CONTESTED' });

    await retractEdge(edge.id, 'Entered by the cache test');
    expect(graphCache.get().edges.get(edge.id)).toMatchObject({ status: 'RETRACTED', retractedReason: 'Entered by the cache test' });
  });

  it('loading one item by id caches it, and says false for an id that does not exist', async () => {
    expect(await fetchItem('node', 'person-baltabayeva')).toBe(true);
    expect(graphCache.get().entities.has('person-baltabayeva')).toBe(true);
    expect(await fetchItem('edge', 'edge-puk-affiliated-ns')).toBe(true);
    expect(isFullEdge(graphCache.get().edges.get('edge-puk-affiliated-ns')!)).toBe(true);
    expect(await fetchItem('node', 'no-such-entity')).toBe(false);
    expect(graphCache.get().entities.has('no-such-entity')).toBe(false);
  });
});
