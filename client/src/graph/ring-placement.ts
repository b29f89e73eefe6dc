// Where newly revealed neighbours go: evenly on a ring around the node they were expanded from, so nodes already on
// the canvas never move.
export interface Point {
  x: number;
  y: number;
}

const SPACING = 75;
const STAGGER_ABOVE = 12;

/** Evenly spaced on a circle; past a dozen nodes every other one steps outward so neighbouring labels do not collide. */
export function ringPositions(center: Point, count: number, startAngle = -Math.PI / 2): Point[] {
  if (count <= 0) return [];
  const radius = Math.max(150, (count * SPACING) / (2 * Math.PI));
  const stagger = count > STAGGER_ABOVE ? radius * 0.3 : 0;
  return Array.from({ length: count }, (_, i) => {
    const angle = startAngle + (2 * Math.PI * i) / count;
    const r = radius + (i % 2 === 1 ? stagger : 0);
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  });
}
