// GEXF 1.3, the format Gephi opens: entities as nodes and relationships as directed edges, each with the attributes
// of graph-attributes.ts; a map's saved positions travel as viz:position.
import { create } from 'xmlbuilder2';
import type { ExportGraph } from '../domain/export-service.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, graphTitle, positionOf, type Attribute } from './graph-attributes.ts';

function declare<T>(parent: ReturnType<typeof create>, cls: 'node' | 'edge', attributes: Attribute<T>[]) {
  const block = parent.ele('attributes', { class: cls, mode: 'static' });
  for (const a of attributes) block.ele('attribute', { id: a.id, title: a.id, type: a.type });
}

function values<T>(parent: ReturnType<typeof create>, item: T, attributes: Attribute<T>[]) {
  const present = attributes.flatMap((a) => {
    const v = a.value(item);
    return v === null ? [] : [{ for: a.id, value: String(v) }];
  });
  if (present.length === 0) return;
  const block = parent.ele('attvalues');
  for (const v of present) block.ele('attvalue', v);
}

export function writeGexf(graph: ExportGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('gexf', {
    xmlns: 'http://gexf.net/1.3',
    'xmlns:viz': 'http://gexf.net/1.3/viz',
    version: '1.3',
  });
  const meta = root.ele('meta', { lastmodifieddate: graph.exportedAt.slice(0, 10) });
  meta.ele('creator').txt('Actornet');
  meta.ele('title').txt(graphTitle(graph));
  if (graph.map?.caption) meta.ele('description').txt(graph.map.caption);
  const g = root.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  declare(g, 'node', NODE_ATTRIBUTES);
  declare(g, 'edge', EDGE_ATTRIBUTES);
  const nodes = g.ele('nodes', { count: graph.entities.length });
  for (const e of graph.entities) {
    const node = nodes.ele('node', { id: e.id, label: e.name });
    values(node, e, NODE_ATTRIBUTES);
    const p = positionOf(graph, e.id);
    if (p) node.ele('viz:position', { x: p.x, y: -p.y, z: 0 });
  }
  const edges = g.ele('edges', { count: graph.edges.length });
  for (const e of graph.edges) {
    const edge = edges.ele('edge', { id: e.id, source: e.from, target: e.to, label: e.type });
    values(edge, e, EDGE_ATTRIBUTES);
  }
  return root.end({ prettyPrint: true });
}
