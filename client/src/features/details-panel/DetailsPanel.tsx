// The right-hand panel for the selected node or edge. A selection not yet cached (e.g. restored from a shared URL, or
// a retracted edge the canvas filters out) is fetched by id.
import { useEffect, useState } from 'react';
import { graphCache, useGraphCache } from '../../api/cache.ts';
import { fetchItem } from '../../api/queries.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import { EntityDetails } from './EntityDetails.tsx';

export function DetailsPanel() {
  const { state } = useExplorer();
  const cache = useGraphCache();
  const sel = state.selected;
  const [missing, setMissing] = useState<string | null>(null);
  const cached = sel ? (sel.kind === 'node' ? cache.entities.has(sel.id) : cache.edges.has(sel.id)) : true;

  useEffect(() => {
    if (!sel || cached) return;
    let current = true;
    fetchItem(sel.kind, sel.id)
      .then((found) => {
        if (!current) return;
        if (found.entities.length + found.edges.length === 0) setMissing(sel.id);
        else graphCache.merge(found);
      })
      .catch(() => current && setMissing(sel.id));
    return () => {
      current = false;
    };
  }, [sel, cached]);

  if (!sel) return <p className="muted">Click a node or a relationship to see its details.</p>;
  if (sel.kind === 'node') {
    const entity = cache.entities.get(sel.id);
    if (entity) return <EntityDetails entity={entity} />;
  } else {
    const edge = cache.edges.get(sel.id);
    if (edge) return <EdgeDetails edge={edge} />;
  }
  return <p className="muted">{missing === sel.id ? 'This item no longer exists.' : 'Loading…'}</p>;
}
