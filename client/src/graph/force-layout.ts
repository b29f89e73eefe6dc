// A Barnes-Hut force layout (d3-force) for canvases too large for fcose: fcose's component and spectral setup walks
// every hub's edge list once per neighbour, which took 12 s for a hub's 5,000-node neighbourhood; this takes about
// a second for the same graph, and like fcose it keeps pinned nodes fixed and gives hubs room around them.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { LayoutRequest } from './layout-protocol.ts';

/** Half a node's 34 px plus a gap. */
const COLLIDE_RADIUS = 24;

interface ForceNode extends SimulationNodeDatum {
  id: string;
  degree: number;
}

/** Fewer steps for larger graphs keep a 5,000-node layout near a second; small ones get more to settle. */
const ticksFor = (nodeCount: number) => Math.round(Math.min(300, Math.max(80, 400_000 / Math.max(1, nodeCount))));
/**
 * Collisions are resolved in the last quarter of the steps only: while charge is still spreading the graph out, nodes
 * overlap by the dozen and each collision pass visits them all, which made it the costliest force (5 of 7 s for
 * 5,000 nodes); once spread, a few passes separate what still overlaps.
 */
const COLLIDE_SHARE = 0.25;
/** Barnes-Hut's approximation, coarser from this size: the far field of thousands of nodes needs little precision. */
const COARSE_ABOVE = 2000;

export function forceLayout(request: LayoutRequest): Float64Array {
  const index = new Map(request.nodes.map((id, i) => [id, i]));
  const nodes: ForceNode[] = request.nodes.map((id) => ({ id, degree: 0 }));
  const links: SimulationLinkDatum<ForceNode>[] = request.edges.flatMap((e) => {
    const source = index.get(e.source);
    const target = index.get(e.target);
    if (source === undefined || target === undefined || source === target) return [];
    nodes[source]!.degree++;
    nodes[target]!.degree++;
    return [{ source, target }];
  });
  for (const f of request.fixed) {
    const node = nodes[index.get(f.id) ?? -1];
    if (node) Object.assign(node, { fx: f.position.x, fy: f.position.y });
  }
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<ForceNode, SimulationLinkDatum<ForceNode>>(links)
        .id((_, i) => i)
        // As fcose's idealEdgeLength: the busier end gets a longer edge so its neighbours spread out.
        .distance((l) => 60 + 3 * Math.min(40, Math.max((l.source as ForceNode).degree, (l.target as ForceNode).degree))),
    )
    .force('charge', forceManyBody<ForceNode>().strength(-400).theta(nodes.length > COARSE_ABOVE ? 1.5 : 1.2).distanceMax(2000))
    // A weak pull to the middle keeps separate components from drifting apart.
    .force('x', forceX<ForceNode>(0).strength(0.03))
    .force('y', forceY<ForceNode>(0).strength(0.03))
    .stop();
  const ticks = ticksFor(nodes.length);
  const collideTicks = Math.max(1, Math.round(ticks * COLLIDE_SHARE));
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks)).tick(ticks - collideTicks);
  // Keeps nodes (34 px) from landing on one another, which charge alone does not prevent around a hub.
  simulation.force('collide', forceCollide<ForceNode>(COLLIDE_RADIUS)).tick(collideTicks);
  const positions = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    positions[2 * i] = n.x ?? 0;
    positions[2 * i + 1] = n.y ?? 0;
  });
  return positions;
}
