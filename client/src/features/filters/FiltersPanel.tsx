// Filter controls. They hide what fails on the canvas and travel with neighbourhood and path queries as EdgeFilter.
import { useMemo } from 'react';
import { useGraphCache } from '../../api/cache.ts';
import { CONFIDENCE_NAMES, ENTITY_KIND_NAMES } from '../../api/types.ts';
import { edgesBetween } from '../../graph/to-elements.ts';
import { CONFIDENCE_STYLES, kindStyle } from '../../graph/visual-vocabulary.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { yearBounds, type Filters } from '../../state/filters.ts';

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

export function FiltersPanel() {
  const ex = useExplorer();
  const cache = useGraphCache();
  const f = ex.state.filters;
  const set = (patch: Partial<Filters>) => ex.setFilters({ ...f, ...patch });
  const bounds = useMemo(() => yearBounds(edgesBetween(ex.state.nodeIds, cache.edges)), [ex.state.nodeIds, cache.edges]);
  const allTypes = ex.relationshipTypes.map((t) => t.name);
  const from = f.fromYear ?? bounds?.min ?? 0;
  const to = f.toYear ?? bounds?.max ?? 0;

  return (
    <section className="panel-section" data-testid="filters">
      <h2>Filters</h2>
      <fieldset>
        <legend>Kinds</legend>
        <div className="chips">
          {ENTITY_KIND_NAMES.map((k) => (
            <label key={k} className="chip">
              <input
                type="checkbox"
                data-testid={`filter-kind-${k}`}
                checked={f.kinds.includes(k)}
                onChange={(e) => set({ kinds: toggle(f.kinds, k, e.target.checked) })}
              />
              {kindStyle(k).label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Confidence and status</legend>
        <div className="chips">
          {CONFIDENCE_NAMES.map((c) => (
            <label key={c} className="chip">
              <input
                type="checkbox"
                data-testid={`filter-confidence-${c}`}
                checked={f.confidence.includes(c)}
                onChange={(e) => set({ confidence: toggle(f.confidence, c, e.target.checked) })}
              />
              {CONFIDENCE_STYLES[c].label}
            </label>
          ))}
          <label className="chip">
            <input
              type="checkbox"
              data-testid="filter-contested"
              checked={f.includeContested}
              onChange={(e) => set({ includeContested: e.target.checked })}
            />
            Contested
          </label>
          <label className="chip">
            <input
              type="checkbox"
              data-testid="filter-retracted"
              checked={f.includeRetracted}
              onChange={(e) => set({ includeRetracted: e.target.checked })}
            />
            Retracted
          </label>
        </div>
      </fieldset>
      <details>
        <summary>Relationship types {f.types === null ? '(all)' : `(${f.types.length})`}</summary>
        <label className="chip">
          <input type="checkbox" checked={f.types === null} onChange={(e) => set({ types: e.target.checked ? null : [] })} />
          All types
        </label>
        <div className="type-list">
          {ex.relationshipTypes.map((t) => (
            <label key={t.name} className="chip">
              <input
                type="checkbox"
                data-testid={`filter-type-${t.name}`}
                checked={f.types === null || f.types.includes(t.name)}
                onChange={(e) => {
                  const next = toggle(f.types ?? allTypes, t.name, e.target.checked);
                  set({ types: next.length === allTypes.length ? null : next });
                }}
              />
              {t.label}
            </label>
          ))}
        </div>
      </details>
      <fieldset>
        <legend>Date window</legend>
        {bounds ? (
          <div className="date-window">
            <label>
              From <output data-testid="filter-from-value">{from}</output>
              <input
                type="range"
                data-testid="filter-from"
                min={bounds.min}
                max={bounds.max}
                value={from}
                onChange={(e) => {
                  const y = Number(e.target.value);
                  set({ fromYear: y <= bounds.min ? null : y, toYear: f.toYear !== null && f.toYear < y ? y : f.toYear });
                }}
              />
            </label>
            <label>
              To <output data-testid="filter-to-value">{to}</output>
              <input
                type="range"
                data-testid="filter-to"
                min={bounds.min}
                max={bounds.max}
                value={to}
                onChange={(e) => {
                  const y = Number(e.target.value);
                  set({ toYear: y >= bounds.max ? null : y, fromYear: f.fromYear !== null && f.fromYear > y ? y : f.fromYear });
                }}
              />
            </label>
          </div>
        ) : (
          <p className="muted">No dated relationships on the canvas.</p>
        )}
      </fieldset>
    </section>
  );
}
