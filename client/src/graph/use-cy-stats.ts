// Writes what the canvas draws onto its container as data attributes: a cheap way for browser tests and anyone
// debugging to see the drawn counts without reaching into the Cytoscape instance.
import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { shownEdges, shownNodes } from './shown.ts';

export function useCyStats(cy: Core | null, ...deps: unknown[]): void {
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    container.dataset.visibleNodes = String(shownNodes(cy).length);
    container.dataset.visibleEdges = String(shownEdges(cy).length);
  }, [cy, ...deps]);
}
