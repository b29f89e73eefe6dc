import { useState } from 'react';
import type { ApiEntity } from '../../api/types.ts';
import { EntityEditForm } from '../corrections/EntityEditForm.tsx';
import { HistoryView } from '../corrections/HistoryView.tsx';
import { MergePanel } from '../corrections/MergePanel.tsx';
import { entityLabel } from '../../graph/to-elements.ts';
import { kindStyle } from '../../graph/visual-vocabulary.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { mayChange, useAccess } from '../access/access.ts';

export function EntityDetails({ entity }: { entity: ApiEntity }) {
  const ex = useExplorer();
  const [mode, setMode] = useState<'view' | 'edit' | 'merge' | 'history'>('view');
  const { state, dispatch } = ex;
  const pinned = state.pinned.includes(entity.id);
  const mayConnect = mayChange(useAccess(), [entity]); // connect, edit and merge: each a write touching this entity
  const onCanvas = state.nodeIds.includes(entity.id);
  const restricted = entity.sensitivity === 'RESTRICTED' || entity.redacted;
  const dates = [entity.startDate, entity.endDate].filter(Boolean).join(' – ');
  return (
    <div className="details" data-testid="entity-details">
      <p className="eyebrow">
        {/* The kind's colour as a swatch: as text colour several kinds fall below a 4.5:1 contrast on white. */}
        <span className="kind-dot" style={{ background: kindStyle(entity.kind).color }} aria-hidden /> {kindStyle(entity.kind).label}
      </p>
      <h2 data-testid="details-title">{entityLabel(entity)}</h2>
      {restricted && (
        <p className="restricted-badge" data-testid="restricted-badge">
          🔒 Restricted{entity.redacted ? ': details withheld to protect this person' : ': handle with care'}
        </p>
      )}
      {entity.description && <p>{entity.description}</p>}
      <dl className="facts">
        {dates && (
          <>
            <dt>Dates</dt>
            <dd>{dates}</dd>
          </>
        )}
        <dt>Sensitivity</dt>
        <dd>{entity.sensitivity.toLowerCase()}</dd>
        <dt>Connections</dt>
        <dd>{entity.degree}</dd>
        <dt>Id</dt>
        <dd>
          <code>{entity.id}</code>
        </dd>
      </dl>
      {entity.aliases.length > 0 && (
        <>
          <h3>Also known as</h3>
          <ul className="aliases" data-testid="aliases">
            {entity.aliases.map((a) => (
              <li key={`${a.value}-${a.lang ?? ''}`}>
                {a.value} {a.lang && <span className="lang">{a.lang}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        {onCanvas ? (
          <>
            <button type="button" data-testid="expand" onClick={() => void ex.expand(entity.id)}>
              Expand
            </button>
            <button type="button" data-testid="pin" onClick={() => ex.run('pin', { id: entity.id, pinned: !pinned })}>
              {pinned ? 'Unpin' : 'Pin'}
            </button>
            <button type="button" data-testid="hide" onClick={() => ex.run('hide', { ids: [entity.id] })}>
              Hide
            </button>
            <button type="button" data-testid="remove" onClick={() => ex.run('remove', { ids: [entity.id] })}>
              Remove
            </button>
          </>
        ) : (
          <button type="button" onClick={() => void ex.addToCanvas(entity.id)}>
            Add to canvas
          </button>
        )}
      </div>
      <div className="actions">
        {mayConnect && (
          <button
            type="button"
            data-testid="connect-from"
            onClick={() => {
              dispatch({ type: 'edge-draft/set', from: entity.id, to: null });
              dispatch({ type: 'panel/open', panel: 'new-edge' });
              dispatch({ type: 'picking/set', target: 'edge-to' });
            }}
          >
            Connect from here…
          </button>
        )}
        <button type="button" data-testid="path-from-here" onClick={() => dispatch({ type: 'path-ends/set', from: entity.id })}>
          Path from
        </button>
        <button type="button" data-testid="path-to-here" onClick={() => dispatch({ type: 'path-ends/set', to: entity.id })}>
          Path to
        </button>
      </div>
      {!entity.redacted && (
        <div className="actions">
          {mayConnect && (
            <>
              <button type="button" data-testid="edit-entity" aria-expanded={mode === 'edit'} onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
                Edit…
              </button>
              <button type="button" data-testid="find-duplicates" aria-expanded={mode === 'merge'} onClick={() => setMode(mode === 'merge' ? 'view' : 'merge')}>
                Duplicates / merge…
              </button>
            </>
          )}
          <button type="button" data-testid="show-history" aria-expanded={mode === 'history'} onClick={() => setMode(mode === 'history' ? 'view' : 'history')}>
            History
          </button>
        </div>
      )}
      {mode === 'edit' && <EntityEditForm key={entity.id} entity={entity} onDone={() => setMode('view')} />}
      {mode === 'merge' && <MergePanel key={entity.id} entity={entity} onDone={() => setMode('view')} />}
      {mode === 'history' && <HistoryView id={entity.id} version={entity} />}
    </div>
  );
}
