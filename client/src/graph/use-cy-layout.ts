import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { LayoutName } from './layouts.ts';
import { runLayout } from './run-layout.ts';

/** Runs the layout each time `run` changes (a user asked for it); 0 means never asked. */
export function useCyLayout(cy: Core | null, layout: LayoutName, run: number): void {
  useEffect(() => {
    // The layout name alone changing (e.g. from the URL) must not move nodes; only an explicit run does.
    if (cy && run > 0) void runLayout(cy, layout);
  }, [cy, run]);
}
