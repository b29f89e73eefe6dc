// Syncs the element list into the Cytoscape instance (sync-elements.ts). Returns a number that changes when elements
// added in slices have all arrived, so the hooks that set classes and data on elements can apply them to those too.
import { useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import type { LayoutName } from './layouts.ts';
import type { Point } from './ring-placement.ts';
import { syncElements } from './sync-elements.ts';

export function useCyElements(
  cy: Core | null,
  elements: ElementDefinition[],
  anchor: string | null,
  restore: { version: number; positions: Record<string, Point> },
  layout: LayoutName,
): number {
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const restoredVersion = useRef(0);
  const [arrived, setArrived] = useState(0);

  useEffect(() => {
    if (!cy) return;
    const restoring = restore.version !== restoredVersion.current;
    restoredVersion.current = restore.version;
    void syncElements(cy, elements, { anchor, positions: restore.positions, restoring, layout: layoutRef.current }, () => setArrived((n) => n + 1));
  }, [cy, elements, anchor, restore]);
  return arrived;
}
