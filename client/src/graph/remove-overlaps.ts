// A pass after every layout that pushes apart nodes whose boxes (labels included) overlap, so no name is drawn over
// another. Force layouts keep centres apart but not wide labels; this moves each overlapping pair along the axis that
// needs the smaller move, a few rounds, leaving pinned nodes where they are.

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  fixed: boolean;
}

const GAP = 6;

/** New centres for the boxes that had to move; the others are left out. Quadratic, so only for views of a few hundred. */
export function separate(boxes: Box[], rounds = 8): Map<string, { x: number; y: number }> {
  const moved = new Map<string, { x: number; y: number }>();
  const items = boxes.map((b) => ({ ...b }));
  for (let round = 0; round < rounds; round++) {
    let any = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.fixed && b.fixed) continue;
        const ox = (a.w + b.w) / 2 + GAP - Math.abs(a.x - b.x);
        const oy = (a.h + b.h) / 2 + GAP - Math.abs(a.y - b.y);
        if (ox <= 0 || oy <= 0) continue;
        any = true;
        const share = a.fixed || b.fixed ? 1 : 0.5;
        if (ox < oy) {
          const dir = a.x <= b.x ? 1 : -1;
          if (!a.fixed) a.x -= dir * ox * share;
          if (!b.fixed) b.x += dir * ox * share;
        } else {
          const dir = a.y <= b.y ? 1 : -1;
          if (!a.fixed) a.y -= dir * oy * share;
          if (!b.fixed) b.y += dir * oy * share;
        }
        moved.set(a.id, { x: a.x, y: a.y });
        moved.set(b.id, { x: b.x, y: b.y });
      }
    }
    if (!any) break;
  }
  for (const item of items) if (item.fixed) moved.delete(item.id);
  return moved;
}

/** Pairs of boxes that still overlap: what the canvas reports for tests and for its own check after a layout. */
export function countOverlaps(boxes: Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) n++;
    }
  }
  return n;
}
