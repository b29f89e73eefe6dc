// Syncs the element list into the Cytoscape instance: removes what left, updates what changed, adds what is new.
// New nodes are placed without moving the ones already there: around the anchor (the node just expanded), or beside
// the current drawing; a batch of several nodes with no anchor gets a full layout instead.
import { useEffect, useRef } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { tuneForSize } from './large-graph.ts';
import type { LayoutName } from './layouts.ts';
import { ringPositions, type Point } from './ring-placement.ts';
import { cancelLayout, removeOverlaps, runLayout } from './run-layout.ts';
import { shownElements } from './shown.ts';

export function useCyElements(
  cy: Core | null,
  elements: ElementDefinition[],
  anchor: string | null,
  restore: { version: number; positions: Record<string, Point> },
  layout: LayoutName,
): void {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const restoredVersion = useRef(0);

  useEffect(() => {
    if (!cy) return;
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    const restoring = restore.version !== restoredVersion.current;
    restoredVersion.current = restore.version;
    // Without an anchor (e.g. a shared view arriving), a batch of several nodes gets a full layout instead of a ring.
    const anchored = anchorPoint(cy, anchor) !== null;
    const newNodes: ElementDefinition[] = [];
    const newEdges: ElementDefinition[] = [];

    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!wanted.has(el.id()) && el.inside()) cy.remove(el);
      });
      for (const def of elements) {
        const existing = cy.getElementById(String(def.data.id));
        if (existing.nonempty()) {
          existing.data(def.data);
          existing.classes(def.classes ?? '');
        } else if (def.group === 'nodes') newNodes.push(def);
        else newEdges.push(def);
      }

      const unplaced = newNodes.filter((n) => !restore.positions[String(n.data.id)]);
      const center = anchorPoint(cy, anchor) ?? besideDrawing(cy);
      const ring = ringPositions(center, unplaced.length);
      let i = 0;
      for (const def of newNodes) {
        const id = String(def.data.id);
        const position = restore.positions[id] ?? ring[i++] ?? center;
        cy.add({ ...def, position: { ...position } });
      }
      cy.add(newEdges);
      // Inside the batch, so the new edges get their first style in the dense form when the canvas is dense.
      tuneForSize(cy);

      if (restoring) {
        // A layout still computing would otherwise land on top of the positions being restored (undo, shared view).
        cancelLayout(cy);
        cy.nodes().forEach((n) => {
          const p = restore.positions[n.id()];
          if (!p) return;
          const locked = n.locked();
          n.unlock().position({ ...p });
          if (locked) n.lock();
        });
      }
    });


    if (newNodes.length === 0) return;
    if (!anchored && newNodes.length > 2 && !restoring) void runLayout(cy, layoutRef.current);
    else if (cy.nodes().length < 300) {
      // Ring placement keeps centres apart, not the labels around them.
      if (!restoring) removeOverlaps(cy);
      cy.fit(shownElements(cy), 60);
    }
    if (cy.nodes().length === 1) cy.zoom({ level: 1.4, position: cy.nodes()[0]!.position() }).center();
  }, [cy, elements, anchor, restore]);
}

function anchorPoint(cy: Core, anchor: string | null): Point | null {
  if (!anchor) return null;
  const node = cy.getElementById(anchor);
  return node.nonempty() ? { ...node.position() } : null;
}

function besideDrawing(cy: Core): Point {
  const existing = cy.nodes();
  if (existing.length === 0) return { x: 0, y: 0 };
  const bb = existing.boundingBox({});
  return { x: bb.x2 + 200, y: (bb.y1 + bb.y2) / 2 };
}
