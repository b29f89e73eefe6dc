// Messages between the canvas and the layout worker. Positions travel as one flat array (x0, y0, x1, y1, ...) in the
// order of the request's node ids, so 5,000 nodes cost one transfer rather than 5,000 objects.
import type { LayoutName } from './layouts.ts';
import type { Point } from './ring-placement.ts';

export interface LayoutRequest {
  name: LayoutName;
  nodes: string[];
  /** Pinned nodes: the layout arranges the others around them. */
  fixed: { id: string; position: Point }[];
  edges: { id: string; source: string; target: string }[];
}

export interface LayoutResult {
  positions: Float64Array;
}
