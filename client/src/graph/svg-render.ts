// Draws the canvas as SVG through cytoscape-svg's canvas-to-SVG context. Cytoscape draws its rounded polygons
// (the claim's round-tag) without starting a new path, which a canvas forgives but the SVG context does not: the
// shape's commands land on the previous element (the last line of the previous label), the shape is lost and the
// console fills with "Attempted to apply path command to node text". A fresh path before each one keeps both intact.
import type { Core } from 'cytoscape';

interface SvgCapable {
  svg(options: { full: boolean; scale: number; bg?: string }): string;
}

interface PathContext {
  beginPath?: () => void;
}

interface RoundPolygonRenderer {
  drawRoundPolygonPath: (context: PathContext, ...rest: unknown[]) => void;
}

export function renderSvg(cy: Core, scale: number): string {
  const renderer = (cy as unknown as { renderer(): RoundPolygonRenderer }).renderer();
  const own = Object.prototype.hasOwnProperty.call(renderer, 'drawRoundPolygonPath');
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    return original.call(this, context, ...rest);
  };
  try {
    return (cy as unknown as SvgCapable).svg({ full: true, scale, bg: '#ffffff' });
  } finally {
    if (own) renderer.drawRoundPolygonPath = original;
    else delete (renderer as Partial<RoundPolygonRenderer>).drawRoundPolygonPath;
  }
}
