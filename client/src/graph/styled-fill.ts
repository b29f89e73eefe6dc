// Fills a canvas with a large arrival without drawing it half-filled. Cytoscape draws every element on the canvas in
// each frame and styles new elements in the frame that first draws them, so adding thousands of elements a slice per
// frame drew the growing canvas again and again (on a software canvas about 100 ms a frame at 5,000 nodes). Here the
// canvas stays in one batch while it fills (Cytoscape draws no frame mid-batch), each slice is styled in the task that
// adds it, and the first frame after the batch draws everything once with nothing left to style.
import type { Collection, Core, ElementDefinition } from 'cytoscape';

/** Cytoscape's batch state and per-element style flag (3.34: core/notification.mjs, collection/style.mjs). */
interface BatchState {
  batchStyleEles?: Collection;
}
interface StyleState {
  _private: { styleDirty?: boolean };
}

/** Opens the batch the fill runs in; `end` closes it (once) and lets the canvas draw. */
export function startFill(cy: Core): { end(): void } {
  cy.startBatch();
  let open = true;
  return {
    end() {
      if (!open) return;
      open = false;
      if (!cy.destroyed()) cy.endBatch();
    },
  };
}

/**
 * Adds `defs` inside the fill's batch and computes their style and boxes now. Styled elements are taken off the batch's restyle
 * list, which would otherwise style them all again when the batch ends; anything that changes them later in the
 * batch (a class, data) puts them back on it.
 */
export function addStyled(cy: Core, defs: ElementDefinition[]): Collection {
  const added = cy.add(defs);
  added.forEach((ele) => {
    (ele as unknown as StyleState)._private.styleDirty = true;
  });
  (added as unknown as { cleanStyle(): void }).cleanStyle();
  (cy as unknown as { _private: BatchState })._private.batchStyleEles?.unmerge(added);
  // Measuring the slice computes its rendered style and caches each element's box, which the first frame reads.
  added.boundingBox({});
  return added;
}
