// What a diagram export draws, read from the server. A publication export (the default) asks the server as a viewer
// without restricted access (`X-Actornet-Audience: public`), so the server's visibility rule decides what the sheet
// may name; the answers stay out of the client cache, which keeps the full view for the canvas.
import { graphCache } from '../../api/cache.ts';
import { graphql } from '../../api/generated/gql.ts';
import { request } from '../../api/graphql-client.ts';
import { fetchEdges, readEdges, unwireEdge } from '../../api/queries.ts';
import { isFullEdge, type ApiEdge, type ApiEntity } from '../../api/types.ts';

export type Audience = 'public' | 'full';

export const PUBLIC_AUDIENCE_HEADERS = { 'X-Actornet-Audience': 'public' };

export interface ExportView {
  nodes: ApiEntity[];
  edges: ApiEdge[];
}

/** The most ids one `entities(ids)` field takes (QUERY_LIMITS.edgeIds on the server). */
const ENTITIES_PER_DOCUMENT = 200;

const ExportEntitiesDocument = graphql(`
  query ExportEntities($ids: [ID!]!) {
    entities(ids: $ids) {
      ...EntityFields
    }
  }
`);

async function fetchEntities(ids: readonly string[], headers: Record<string, string>): Promise<ApiEntity[]> {
  const found: ApiEntity[] = [];
  for (let start = 0; start < ids.length; start += ENTITIES_PER_DOCUMENT) {
    const { entities } = await request(ExportEntitiesDocument, { ids: ids.slice(start, start + ENTITIES_PER_DOCUMENT) }, headers);
    found.push(...entities);
  }
  return found;
}

export async function fetchExportView(nodeIds: readonly string[], edgeIds: readonly string[], audience: Audience): Promise<ExportView> {
  if (audience === 'public') {
    const [nodes, wire] = await Promise.all([fetchEntities(nodeIds, PUBLIC_AUDIENCE_HEADERS), readEdges(edgeIds, PUBLIC_AUDIENCE_HEADERS)]);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return { nodes: nodeIds.flatMap((id) => byId.get(id) ?? []), edges: wire.map((e) => unwireEdge(e).edge) };
  }
  // The canvas caches edges lean: the visible edges' full evidence is fetched before composing.
  const cached = graphCache.get().edges;
  const lean = edgeIds.filter((id) => {
    const e = cached.get(id);
    return e !== undefined && !isFullEdge(e);
  });
  if (lean.length > 0) await fetchEdges(lean);
  const { entities, edges } = graphCache.get();
  return {
    nodes: nodeIds.flatMap((id) => entities.get(id) ?? []),
    edges: edgeIds.flatMap((id) => {
      const e = edges.get(id);
      return e && isFullEdge(e) ? [e] : [];
    }),
  };
}

/** Labels to draw in place of the names the server withheld, while an image of the canvas is rendered. */
export function redactedLabels(nodes: readonly ApiEntity[]): Map<string, string> {
  return new Map(nodes.filter((n) => n.redacted).map((n) => [n.id, n.name]));
}

/** Where the server writes a standard format of the whole graph or a map. */
export function exportUrl(format: string, mapId: string | null, audience: Audience): string {
  const q = new URLSearchParams({ format, audience });
  if (mapId) q.set('map', mapId);
  return `/export?${q.toString()}`;
}
