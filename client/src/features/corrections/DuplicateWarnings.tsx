// Warnings shown while creating: an entity whose name matches one already in the graph, and a relationship that
// repeats an existing one (same type, same ends, overlapping dates), with the way to use the existing record instead.
import { useEffect, useState } from 'react';
import { graphCache } from '../../api/cache.ts';
import type { ApiEdge, ApiEntity, EntityKindName } from '../../api/types.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { kindStyle } from '../../graph/visual-vocabulary.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { useDebounced } from '../search/use-debounced.ts';
import { fetchDuplicateEdges, fetchSimilarEntities, type EdgeDraft } from './corrections-api.ts';

export function SimilarEntitiesWarning({ name, aliases, kind }: { name: string; aliases: string[]; kind: EntityKindName }) {
  const ex = useExplorer();
  const key = useDebounced(JSON.stringify([name.trim(), aliases.filter((a) => a.trim()), kind]), 250);
  const [matches, setMatches] = useState<ApiEntity[]>([]);
  useEffect(() => {
    const [n, a, k] = JSON.parse(key) as [string, string[], EntityKindName];
    if (n.length < 2) return setMatches([]);
    let current = true;
    fetchSimilarEntities(n, a, k)
      .then((found) => current && setMatches(found))
      .catch(() => current && setMatches([]));
    return () => {
      current = false;
    };
  }, [key]);
  if (matches.length === 0) return null;
  return (
    <div className="warning" role="status" data-testid="similar-entities">
      <strong>Already in the graph?</strong> These have the same or a close name:
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="link"
              data-testid="similar-entity"
              onClick={() => {
                graphCache.merge({ entities: [m] });
                void ex.addToCanvas(m.id).then(() => ex.dispatch({ type: 'select', selection: { kind: 'node', id: m.id } }));
              }}
            >
              {entityLabel(m)}
            </button>{' '}
            <span className="muted">{kindStyle(m.kind).label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface EdgeWarningProps {
  draft: EdgeDraft | null;
  /** Adds the citation being written to this existing relationship instead of creating a new one. */
  onAddToExisting(edgeId: string): void;
  busy: boolean;
}

export function DuplicateEdgeWarning({ draft, onAddToExisting, busy }: EdgeWarningProps) {
  const ex = useExplorer();
  const key = useDebounced(JSON.stringify(draft), 250);
  const [repeats, setRepeats] = useState<ApiEdge[]>([]);
  useEffect(() => {
    const d = JSON.parse(key) as EdgeDraft | null;
    if (!d || !d.type || !d.from || !d.to) return setRepeats([]);
    let current = true;
    fetchDuplicateEdges(d)
      .then((found) => current && setRepeats(found))
      .catch(() => current && setRepeats([]));
    return () => {
      current = false;
    };
  }, [key]);
  if (repeats.length === 0) return null;
  const name = (id: string) => {
    const e = graphCache.get().entities.get(id);
    return e ? entityLabel(e) : id;
  };
  return (
    <div className="warning" role="status" data-testid="duplicate-edge">
      <strong>This relationship is already recorded</strong> (same type, same ends, overlapping dates):
      <ul>
        {repeats.map((e) => (
          <li key={e.id}>
            {name(e.from)} <em>{ex.typeLabels.get(e.type) ?? e.type}</em> {name(e.to)}
            {(e.validFrom || e.validTo) && ` (${e.validFrom ?? '…'} – ${e.validTo ?? '…'})`}, {e.citations.filter((c) => !c.retracted).length} active citation(s){' '}
            <button type="button" className="small" disabled={busy} data-testid="add-to-existing" onClick={() => onAddToExisting(e.id)}>
              Add this citation to it instead
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
