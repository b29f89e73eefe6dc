// The right-hand panel for the selected node or edge. A selection not yet cached (e.g. restored from a shared URL, or
// a retracted edge the canvas filters out), or an edge cached only as the canvas's lean copy, is fetched by id.
import { useEffect, useState } from 'react';
import { useGraphCache } from '../../api/cache.ts';
import { fetchItem } from '../../api/queries.ts';
import { isFullEdge } from '../../api/types.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import { EntityDetails } from './EntityDetails.tsx';

export function DetailsPanel() {
  const { state } = useExplorer();
  const cache = useGraphCache();
  const sel = state.selected;
  const [missing, setMissing] = useState<string | null>(null);
  const cachedEdge = sel?.kind === 'edge' ? cache.edges.get(sel.id) : undefined;
  const cached = sel ? (sel.kind === 'node' ? cache.entities.has(sel.id) : cachedEdge !== undefined && isFullEdge(cachedEdge)) : true;

  useEffect(() => {
    if (!sel || cached) return;
    let current = true;
    fetchItem(sel.kind, sel.id)
      .then((found) => {
        if (current && !found) setMissing(sel.id);
      })
      .catch(() => current && setMissing(sel.id));
    return () => {
      current = false;
    };
  }, [sel, cached]);

  if (!sel) return <p className="muted">Click a node or a relationship to see its details.</p>;
  if (sel.kind === 'node') {
    const entity = cache.entities.get(sel.id);
    if (entity) return <EntityDetails key={entity.id} entity={entity} />;
  } else {
    if (cachedEdge && isFullEdge(cachedEdge)) return <EdgeDetails key={cachedEdge.id} edge={cachedEdge} />;
  }
  return <p className="muted" data-testid="details-loading">{missing === sel.id ? 'This item no longer exists.' : 'Loading…'}</p>;
}
