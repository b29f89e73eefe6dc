// Finds probable duplicates of an entity (close names and aliases in any script), compares two side by side, and
// merges them after a preview of what moves. The merge itself is one audited write on the server.
import { useEffect, useState } from 'react';
import { graphCache } from '../../api/cache.ts';
import type { ApiEdge, ApiEntity } from '../../api/types.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { kindStyle } from '../../graph/visual-vocabulary.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { GeneralErrors } from '../editor/FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../editor/form-errors.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { fetchDuplicatesOf, fetchRelationshipsOf, mergeEntities } from './corrections-api.ts';

export function MergePanel({ entity, onDone }: { entity: ApiEntity; onDone(): void }) {
  const [candidates, setCandidates] = useState<ApiEntity[] | null>(null);
  const [other, setOther] = useState<ApiEntity | null>(null);
  useEffect(() => {
    let current = true;
    fetchDuplicatesOf(entity.id)
      .then((found) => current && setCandidates(found))
      .catch(() => current && setCandidates([]));
    return () => {
      current = false;
    };
  }, [entity.id]);

  if (other) return <MergeCompare a={entity} b={other} onBack={() => setOther(null)} onDone={onDone} />;
  return (
    <section className="merge" data-testid="duplicates">
      <h3>Probable duplicates</h3>
      {candidates === null && <p className="muted">Looking for similar names…</p>}
      {candidates?.length === 0 && <p className="muted" data-testid="no-duplicates">No entity with a close name or alias.</p>}
      <ul className="duplicate-list">
        {candidates?.map((c) => (
          <li key={c.id}>
            <button type="button" className="link" data-testid="duplicate-candidate" onClick={() => setOther(c)}>
              {entityLabel(c)}
            </button>{' '}
            <span className="muted">
              {kindStyle(c.kind).label} · {c.degree} connections
            </span>
          </li>
        ))}
      </ul>
      <SearchBox testId="merge-search" placeholder="Compare with another entity…" onPick={(e) => e.id !== entity.id && setOther(e)} />
      <div className="actions">
        <button type="button" onClick={onDone}>
          Close
        </button>
      </div>
    </section>
  );
}

function Column({ entity, keep }: { entity: ApiEntity; keep: boolean }) {
  return (
    <div className={`compare-col${keep ? ' keep' : ''}`} data-testid="compare-column">
      <p className="eyebrow">{keep ? 'Kept' : 'Merged into the kept one'}</p>
      <h4>{entityLabel(entity)}</h4>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{kindStyle(entity.kind).label}</dd>
        <dt>Aliases</dt>
        <dd>{entity.aliases.map((a) => `${a.value}${a.lang ? ` (${a.lang})` : ''}`).join(', ') || '—'}</dd>
        <dt>Dates</dt>
        <dd>{[entity.startDate, entity.endDate].filter(Boolean).join(' – ') || '—'}</dd>
        <dt>Sensitivity</dt>
        <dd>{entity.sensitivity.toLowerCase()}</dd>
        <dt>Connections</dt>
        <dd>{entity.degree}</dd>
        <dt>Id</dt>
        <dd>
          <code>{entity.id}</code>
        </dd>
      </dl>
      {entity.description && <p className="compare-description">{entity.description}</p>}
    </div>
  );
}

function MergeCompare({ a, b, onBack, onDone }: { a: ApiEntity; b: ApiEntity; onBack(): void; onDone(): void }) {
  const ex = useExplorer();
  const [keepA, setKeepA] = useState(true);
  const [moving, setMoving] = useState<ApiEdge[] | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const keep = keepA ? a : b;
  const merge = keepA ? b : a;

  useEffect(() => {
    let current = true;
    setMoving(null);
    fetchRelationshipsOf(merge.id)
      .then((found) => current && setMoving(found))
      .catch(() => current && setMoving([]));
    return () => {
      current = false;
    };
  }, [merge.id]);

  const name = (id: string) => {
    const e = graphCache.get().entities.get(id);
    return e ? entityLabel(e) : id;
  };
  const between = moving?.filter((e) => e.from === keep.id || e.to === keep.id) ?? [];
  const existingAliases = new Set([keep.name, ...keep.aliases.map((x) => x.value)]);
  const newAliases = [merge.name, ...merge.aliases.map((x) => x.value)].filter((v) => !existingAliases.has(v));

  const confirm = async () => {
    setBusy(true);
    try {
      const kept = await mergeEntities(keep.id, merge.id);
      graphCache.merge({ entities: [kept] });
      const onCanvas = ex.state.nodeIds.includes(merge.id) || ex.state.nodeIds.includes(keep.id);
      if (ex.state.nodeIds.includes(merge.id)) ex.run('remove', { ids: [merge.id] });
      if (onCanvas) await ex.addToCanvas(kept.id);
      ex.dispatch({ type: 'select', selection: { kind: 'node', id: kept.id } });
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, {}, []));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="merge" data-testid="merge-compare">
      <h3>Compare and merge</h3>
      <div className="compare">
        <Column entity={a} keep={keepA} />
        <Column entity={b} keep={!keepA} />
      </div>
      <div className="actions">
        <button type="button" data-testid="swap-keep" onClick={() => setKeepA(!keepA)}>
          Keep {entityLabel(keepA ? b : a)} instead
        </button>
      </div>
      <div className="merge-preview" data-testid="merge-preview">
        <p>
          <strong>What moves:</strong> {moving === null ? 'counting…' : `${moving.length} relationship${moving.length === 1 ? '' : 's'}`} and {newAliases.length} name
          {newAliases.length === 1 ? '' : 's'} ({newAliases.join(', ') || 'none new'}) move from <em>{entityLabel(merge)}</em> onto <em>{entityLabel(keep)}</em>, which keeps its name,
          kind, description and sensitivity. <em>{entityLabel(merge)}</em> is then removed; the merge is in both histories.
        </p>
        {between.length > 0 && <p>{between.length} relationship(s) between the two would join the kept entity to itself; those that may not are retracted with the reason “merged”, keeping their evidence.</p>}
        {merge.sensitivity === 'RESTRICTED' && keep.sensitivity !== 'RESTRICTED' && (
          <p className="form-error" role="alert">
            The entity merged away is restricted; make the kept one restricted too, or keep the restricted one, so its names stay protected.
          </p>
        )}
        {moving && moving.length > 0 && (
          <ul className="moving" data-testid="moving-relationship">
            {moving.slice(0, 12).map((e) => (
              <li key={e.id}>
                {name(e.from)} <em>{ex.typeLabels.get(e.type) ?? e.type}</em> {name(e.to)}
                {e.status !== 'ACTIVE' && <span className={`badge status-${e.status}`}> {e.status.toLowerCase()}</span>}
              </li>
            ))}
            {moving.length > 12 && <li className="muted">and {moving.length - 12} more</li>}
          </ul>
        )}
      </div>
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="button" className="danger" disabled={busy || moving === null} data-testid="confirm-merge" onClick={() => void confirm()}>
          Merge into {entityLabel(keep)}
        </button>
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
