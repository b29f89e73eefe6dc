// Keyboard use of the canvas: once it has focus, the arrow keys move a focus ring to the nearest entity in that
// direction, Enter opens the focused entity (as a click does), and the entity's name is announced to screen readers.
import { useEffect, useRef, useState } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { shownNodes } from './shown.ts';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/**
 * The nearest node whose direction from `from` lies within 60 degrees of `dir`, preferring nodes straight ahead:
 * distance grows with the angle off the axis.
 */
export function nearestInDirection(from: { x: number; y: number }, dir: { x: number; y: number }, candidates: { id: string; x: number; y: number }[]): string | null {
  let best: { id: string; cost: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * dir.x + dy * dir.y) / dist;
    if (cos < 0.5) continue;
    const cost = dist * (2 - cos);
    if (!best || cost < best.cost) best = { id: c.id, cost };
  }
  return best?.id ?? null;
}

export function useCyKeyboard(cy: Core | null, container: React.RefObject<HTMLDivElement | null>, onOpen: (id: string) => void): string {
  const [announcement, setAnnouncement] = useState('');
  const focused = useRef<string | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const el = container.current;
    if (!cy || !el) return;
    const focus = (node: NodeSingular) => {
      cy.nodes('.kb-focus').removeClass('kb-focus');
      node.addClass('kb-focus');
      focused.current = node.id();
      const extent = cy.extent();
      const p = node.position();
      if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) cy.animate({ center: { eles: node } }, { duration: 150 });
      setAnnouncement(`${String(node.data('label'))}, ${node.degree(false)} relationships shown`);
    };
    const onKey = (e: KeyboardEvent) => {
      const nodes = shownNodes(cy);
      if (nodes.length === 0) return;
      const current = focused.current ? (cy.getElementById(focused.current) as NodeSingular) : null;
      const at = current && nodes.some((n) => (n as NodeSingular).id() === current.id()) ? current : null;
      const dir = DIRECTIONS[e.key];
      if (dir) {
        e.preventDefault();
        if (!at) return focus(nodes[0] as NodeSingular);
        const next = nearestInDirection(at.position(), dir, nodes.map((n) => ({ id: n.id(), ...(n as NodeSingular).position() })));
        if (next) focus(cy.getElementById(next) as NodeSingular);
      } else if (e.key === 'Enter' && at) {
        e.preventDefault();
        open.current(at.id());
      }
    };
    const onFocus = () => {
      if (!focused.current && shownNodes(cy).length > 0) focus(shownNodes(cy)[0] as NodeSingular);
    };
    const onBlur = () => cy.nodes('.kb-focus').removeClass('kb-focus');
    const onFocusIn = () => focused.current && cy.getElementById(focused.current).addClass('kb-focus');
    el.addEventListener('keydown', onKey);
    el.addEventListener('focus', onFocus);
    el.addEventListener('focus', onFocusIn);
    el.addEventListener('blur', onBlur);
    return () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('focus', onFocusIn);
      el.removeEventListener('blur', onBlur);
    };
  }, [cy, container]);
  return announcement;
}
