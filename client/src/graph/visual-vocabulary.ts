// How the graph looks, in one table: the canvas stylesheet, the on-screen legend and the exported legends all read
// it, so a kind's shape and colour or an edge style can never disagree between them.
import type { ConfidenceName, EdgeStatusName, EntityKindName } from '../api/types.ts';

export interface KindStyle {
  kind: EntityKindName;
  label: string;
  color: string;
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'round-tag' | 'hexagon' | 'triangle';
  /** The same shape as SVG path data in a 24x24 box, for legends (SVG and canvas Path2D). */
  iconPath: string;
}

export const KIND_STYLES: readonly KindStyle[] = [
  { kind: 'PERSON', label: 'Person', color: '#2563eb', shape: 'ellipse', iconPath: 'M12 2 A10 10 0 1 1 11.99 2 Z' },
  {
    kind: 'ORGANIZATION',
    label: 'Organization',
    color: '#059669',
    shape: 'round-rectangle',
    iconPath: 'M5 4 H19 Q22 4 22 7 V17 Q22 20 19 20 H5 Q2 20 2 17 V7 Q2 4 5 4 Z',
  },
  { kind: 'EVENT', label: 'Event', color: '#d97706', shape: 'diamond', iconPath: 'M12 2 L22 12 L12 22 L2 12 Z' },
  { kind: 'CLAIM', label: 'Claim', color: '#7c3aed', shape: 'round-tag', iconPath: 'M2 5 H16 L22 12 L16 19 H2 Z' },
  { kind: 'LAW', label: 'Law', color: '#475569', shape: 'hexagon', iconPath: 'M7 3 H17 L22 12 L17 21 H7 L2 12 Z' },
  { kind: 'PLACE', label: 'Place', color: '#0891b2', shape: 'triangle', iconPath: 'M12 2 L22 21 H2 Z' },
];

export function kindStyle(kind: EntityKindName): KindStyle {
  return KIND_STYLES.find((k) => k.kind === kind) ?? KIND_STYLES[0]!;
}

export const RESTRICTED_STYLE = { borderColor: '#7f1d1d', borderWidth: 5, label: 'Restricted (person at risk)' };

export interface EdgeStyle {
  key: string;
  label: string;
  color: string;
  width: number;
  /** Cytoscape line-style. */
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** The same dash pattern for SVG/canvas legends (empty for solid). */
  dash: number[];
  opacity: number;
}

export const EDGE_BASE_COLOR = '#64748b';

export const CONFIDENCE_STYLES: Record<ConfidenceName, EdgeStyle> = {
  CONFIRMED: { key: 'CONFIRMED', label: 'Confirmed', color: '#334155', width: 3, lineStyle: 'solid', dash: [], opacity: 1 },
  REPORTED: { key: 'REPORTED', label: 'Reported', color: EDGE_BASE_COLOR, width: 2, lineStyle: 'solid', dash: [], opacity: 1 },
  ALLEGED: { key: 'ALLEGED', label: 'Alleged', color: EDGE_BASE_COLOR, width: 2, lineStyle: 'dotted', dash: [2, 3], opacity: 1 },
};

/** Status styles override confidence styles: a contested or retracted edge must read as such first. */
export const STATUS_STYLES: Record<Exclude<EdgeStatusName, 'ACTIVE'>, EdgeStyle> = {
  CONTESTED: { key: 'CONTESTED', label: 'Contested', color: '#dc2626', width: 2.5, lineStyle: 'dashed', dash: [7, 4], opacity: 1 },
  RETRACTED: { key: 'RETRACTED', label: 'Retracted', color: '#94a3b8', width: 2, lineStyle: 'dashed', dash: [3, 4], opacity: 0.6 },
};

export const EDGE_LEGEND: readonly EdgeStyle[] = [
  CONFIDENCE_STYLES.CONFIRMED,
  CONFIDENCE_STYLES.REPORTED,
  CONFIDENCE_STYLES.ALLEGED,
  STATUS_STYLES.CONTESTED,
  STATUS_STYLES.RETRACTED,
];
