// Opening a saved map: its entities and the edges among them go into the cache first, then the view takes the map's
// nodes, filters, layout and exact positions in one step (no layout runs), and the address becomes /maps/<id>.
import { useCallback, useEffect, useRef } from 'react';
import { useExplorer } from '../../state/explorer-context.ts';
import { fetchMap, fetchMapGraph, fromMapFilters, mapIdInPath, positionsOf, type SavedMap } from './maps-api.ts';

export function mapPath(id: string): string {
  return `/maps/${encodeURIComponent(id)}`;
}

export function useMapOpener(): (id: string) => Promise<SavedMap | null> {
  const ex = useExplorer();
  const exRef = useRef(ex);
  exRef.current = ex;
  return useCallback(async (id: string) => {
    const map = await fetchMap(id);
    const { notify } = exRef.current;
    if (!map) {
      notify(`There is no saved map ${id}.`);
      return null;
    }
    await fetchMapGraph(map);
    const present = map.entities.filter((e) => e.entity !== null);
    // Opening a map is one undoable step; its positions are applied as they were saved, with no layout run.
    exRef.current.run('openMap', {
      mapId: map.id,
      view: {
        nodeIds: present.map((e) => e.id),
        hidden: present.filter((e) => e.hidden).map((e) => e.id),
        pinned: present.filter((e) => e.pinned).map((e) => e.id),
        positions: positionsOf(map),
      },
      filters: fromMapFilters(map.filters),
      layout: map.layout,
    });
    exRef.current.setNamedCommunities(map.communities);
    if (window.location.pathname !== mapPath(map.id)) window.history.pushState(null, '', mapPath(map.id));
    if (map.deletedAt) notify('This map is deleted; restore it from the Maps list to keep it.');
    return map;
  }, []);
}

/** Opens the map the address names when the page loads. */
export function useMapRoute(open: (id: string) => Promise<unknown>, onError: (e: unknown) => void): void {
  useEffect(() => {
    const id = mapIdInPath(window.location.pathname);
    if (id) open(id).catch(onError);
  }, []);
}
