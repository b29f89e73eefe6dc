// The Cytoscape stylesheet, derived from the visual vocabulary table.
import type { Css, StylesheetJson } from 'cytoscape';
import { CONFIDENCE_STYLES, KIND_STYLES, RESTRICTED_STYLE, STATUS_STYLES, type EdgeStyle } from './visual-vocabulary.ts';

function edgeRule(selector: string, s: EdgeStyle) {
  return {
    selector,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      width: s.width,
      'line-style': s.lineStyle,
      opacity: s.opacity,
      ...(s.lineStyle === 'dashed' ? { 'line-dash-pattern': s.dash } : {}),
    },
  };
}

/**
 * Dense canvases (thousands of edges) draw edges as plain solid haystack lines without labels or arrows: bezier
 * routing, edge labels and dashes made a single frame of a hub's 50,000-edge neighbourhood take seconds. Colour and
 * width still show confidence and status.
 */
const DENSE_EDGE = {
  selector: 'edge',
  style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', 'target-arrow-shape': 'none', 'line-style': 'solid' },
};

/** Node names: drawn at this size, and by Cytoscape only while at least `NODE_MIN_ZOOMED_FONT` screen pixels tall. */
export const NODE_FONT_SIZE = 11;
export const NODE_MIN_ZOOMED_FONT = 7;

/**
 * `viewportLabels`: a node's name is drawn only once the node is marked `labelled` (viewport-labels.ts marks the nodes
 * in view when zoomed in enough to read them). On a large canvas measuring and wrapping every name was the largest
 * part of drawing it, at a zoom where no name is drawn.
 */
/** A node's name and how it is set. */
const NODE_LABEL: Css.Node = {
  label: 'data(label)',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  'font-size': NODE_FONT_SIZE,
  color: '#1e293b',
  'text-valign': 'bottom',
  'text-margin-y': 5,
  'text-wrap': 'wrap',
  'text-max-width': '130px',
  // Opaque, and nodes (with their labels) are drawn above every line, so no line ever crosses a node's name.
  'text-background-color': '#ffffff',
  'text-background-opacity': 1,
  'text-background-padding': '2px',
  'text-background-shape': 'roundrectangle',
  'min-zoomed-font-size': NODE_MIN_ZOOMED_FONT,
};

export function buildStylesheet(options: { dense?: boolean; edgeLabels?: boolean; viewportLabels?: boolean } = {}): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        // Each text property Cytoscape applies to a new node also marks its bounds dirty and notifies the renderer,
        // so a node without a name drawn carries none of them.
        ...(options.viewportLabels ? {} : NODE_LABEL),
        width: 34,
        height: 34,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...(options.viewportLabels ? [{ selector: 'node[?labelled]', style: NODE_LABEL }] : []),
    ...KIND_STYLES.map((k) => ({
      selector: `node.kind-${k.kind}`,
      style: { 'background-color': k.color, shape: k.shape },
    })),
    {
      selector: 'node.restricted',
      style: { 'border-width': RESTRICTED_STYLE.borderWidth, 'border-color': RESTRICTED_STYLE.borderColor, 'border-style': 'double' },
    },
    { selector: 'node.redacted', style: { 'font-style': 'italic', color: '#7f1d1d' } },
    { selector: 'node.pinned', style: { 'underlay-color': '#0f172a', 'underlay-opacity': 0.12, 'underlay-padding': 6 } },
    {
      selector: 'edge',
      // Dense canvases draw no relationship labels, so their edges carry no label styling to compute.
      style: options.dense
        ? { label: '', 'curve-style': 'haystack' }
        : {
            label: options.edgeLabels ? 'data(label)' : '',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.9,
            'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
            'font-size': 9,
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 8,
          },
    },
    edgeRule('edge.confidence-CONFIRMED', CONFIDENCE_STYLES.CONFIRMED),
    edgeRule('edge.confidence-REPORTED', CONFIDENCE_STYLES.REPORTED),
    edgeRule('edge.confidence-ALLEGED', CONFIDENCE_STYLES.ALLEGED),
    edgeRule('edge.status-CONTESTED', STATUS_STYLES.CONTESTED),
    { ...edgeRule('edge.status-RETRACTED', STATUS_STYLES.RETRACTED), style: { ...edgeRule('', STATUS_STYLES.RETRACTED).style, color: '#94a3b8' } },
    // After the confidence and status rules: it overrides their dashes, which software canvases draw slowly.
    ...(options.dense ? [DENSE_EDGE] : []),
    // Analysis styling (size and colour by a metric or community, line width by independent sources) overrides kind
    // and confidence looks but not the hiding, selection and highlight rules after it.
    { selector: 'node[analysisSize]', style: { width: 'data(analysisSize)', height: 'data(analysisSize)' } },
    { selector: 'node[analysisColor]', style: { 'background-color': 'data(analysisColor)' } },
    { selector: 'edge[evidenceWidth]', style: { width: 'data(evidenceWidth)' } },
    { selector: '.analysis-dimmed', style: { opacity: 0.2 } },
    { selector: '.filtered-out, .user-hidden', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 8 } },
    // An underlay rather than an overlay, so a selected relationship keeps showing its own dashes and colour.
    { selector: 'edge:selected', style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.25, 'underlay-padding': 5 } },
    { selector: 'node.path-hl', style: { 'border-color': '#facc15', 'border-width': 5 } },
    { selector: 'edge.path-hl', style: { 'underlay-color': '#facc15', 'underlay-opacity': 0.6, 'underlay-padding': 5, 'z-index': 10 } },
    { selector: 'node.picking-source', style: { 'border-color': '#2563eb', 'border-width': 5 } },
    // A contested relationship stays visibly contested when selected or on a path.
    {
      selector: 'edge.status-CONTESTED:selected, edge.status-CONTESTED.path-hl',
      style: {
        'line-color': STATUS_STYLES.CONTESTED.color,
        'target-arrow-color': STATUS_STYLES.CONTESTED.color,
        'line-style': 'dashed',
        'line-dash-pattern': STATUS_STYLES.CONTESTED.dash,
      },
    },
    ...(options.dense ? [] : [{ selector: 'edge.hover, edge:selected, edge.path-hl', style: { label: 'data(label)' } }]),
    { selector: 'node.kb-focus', style: { 'border-color': '#1d4ed8', 'border-width': 5, 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.2, 'underlay-padding': 8 } },
  ];
}
