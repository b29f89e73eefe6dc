// Keeps the canvas complete: whenever the entities shown or the filters change, however the entities arrived
// (search, expand, path finder, a shared URL, a saved map), every relationship among them that passes the filters is
// fetched and put in the cache, so none is silently left out.
import { useEffect } from 'react';
import { graphCache } from '../../api/cache.ts';
import type { ApiEdgeFilter } from '../../api/types.ts';
import { fetchEdgesAmong } from './corrections-api.ts';

/** Settles a burst of changes (an expand adds nodes in one step, a layout may follow) into one request. */
const SETTLE_MS = 60;

export function useCompleteCanvas(nodeIds: readonly string[], filter: ApiEdgeFilter, onError: (message: string) => void): void {
  const key = JSON.stringify([[...nodeIds].sort(), filter]);
  useEffect(() => {
    const [ids, edgeFilter] = JSON.parse(key) as [string[], ApiEdgeFilter];
    if (ids.length < 2) return;
    let current = true;
    const timer = setTimeout(() => {
      fetchEdgesAmong(ids, edgeFilter)
        .then((edges) => current && edges.length > 0 && graphCache.merge({ edges }))
        .catch((e: unknown) => current && onError(`Could not load every relationship among the entities shown: ${e instanceof Error ? e.message : String(e)}`));
    }, SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // onError is a state setter, stable across renders; the key carries everything else.
  }, [key, onError]);
}
