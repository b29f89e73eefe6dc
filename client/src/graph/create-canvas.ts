// The explorer's Cytoscape instance with its drawing options, shared by the canvas and the canvas benchmark so the
// benchmark measures what researchers get.
import cytoscape, { type Core } from 'cytoscape';
import { buildStylesheet } from './stylesheet.ts';
import { keepViewNamed } from './viewport-labels.ts';
import { fastZOrder } from './z-order.ts';

export function createCanvas(container: HTMLElement | null): Core {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Each blurred frame is drawn on top of a full frame; on a software canvas that doubles the cost of a pan.
    motionBlur: false,
  });
  keepViewNamed(cy);
  fastZOrder(cy);
  return cy;
}
