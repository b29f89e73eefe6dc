// GraphML for yEd and Cytoscape desktop: one <key> per attribute of graph-attributes.ts plus the label, and a map's
// saved positions as x and y.
import { create } from 'xmlbuilder2';
import type { ExportGraph } from '../domain/export-service.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, graphTitle, positionOf, type Attribute } from './graph-attributes.ts';

const graphmlType = (t: Attribute<unknown>['type']) => (t === 'integer' ? 'int' : 'string');

export function writeGraphml(graph: ExportGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const keys: { id: string; for: 'node' | 'edge' | 'graph'; type: string }[] = [
    { id: 'title', for: 'graph', type: 'string' },
    { id: 'label', for: 'node', type: 'string' },
    ...NODE_ATTRIBUTES.map((a) => ({ id: a.id, for: 'node' as const, type: graphmlType(a.type) })),
    { id: 'x', for: 'node', type: 'double' },
    { id: 'y', for: 'node', type: 'double' },
    { id: 'label', for: 'edge', type: 'string' },
    ...EDGE_ATTRIBUTES.map((a) => ({ id: a.id, for: 'edge' as const, type: graphmlType(a.type) })),
  ];
  // Node and edge keys may share a name; their ids may not.
  const keyId = (k: { id: string; for: string }) => `${k.for}_${k.id}`;
  for (const k of keys) root.ele('key', { id: keyId(k), for: k.for, 'attr.name': k.id, 'attr.type': k.type });
  const g = root.ele('graph', { id: 'actornet', edgedefault: 'directed' });
  g.ele('data', { key: 'graph_title' }).txt(graphTitle(graph));
  const data = (parent: typeof g, key: string, value: string | number | null) => {
    if (value !== null) parent.ele('data', { key }).txt(String(value));
  };
  for (const e of graph.entities) {
    const node = g.ele('node', { id: e.id });
    data(node, 'node_label', e.name);
    for (const a of NODE_ATTRIBUTES) data(node, `node_${a.id}`, a.value(e));
    const p = positionOf(graph, e.id);
    if (p) {
      data(node, 'node_x', p.x);
      data(node, 'node_y', p.y);
    }
  }
  for (const e of graph.edges) {
    const edge = g.ele('edge', { id: e.id, source: e.from, target: e.to });
    data(edge, 'edge_label', e.type);
    for (const a of EDGE_ATTRIBUTES) data(edge, `edge_${a.id}`, a.value(e));
  }
  return root.end({ prettyPrint: true });
}
