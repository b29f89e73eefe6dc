import { useState } from 'react';
import { useGraphCache } from '../../api/cache.ts';
import { addCitation, retractEdge } from '../../api/queries.ts';
import type { ApiEdge } from '../../api/types.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { mayChange, useAccess } from '../access/access.ts';
import { EMPTY_CITATION, CITATION_FIELDS, ensureSource, toCitationInput, type CitationDraft } from '../editor/citation-draft.ts';
import { CitationFields } from '../editor/CitationFields.tsx';
import { FieldError, GeneralErrors } from '../editor/FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../editor/form-errors.ts';
import { CitationList } from './CitationList.tsx';
import { EdgeEditForm } from '../corrections/EdgeEditForm.tsx';
import { HistoryView } from '../corrections/HistoryView.tsx';
import { ReasonForm } from '../corrections/ReasonForm.tsx';
import { reinstateEdge, retractCitation } from '../corrections/corrections-api.ts';

export function EdgeDetails({ edge }: { edge: ApiEdge }) {
  const ex = useExplorer();
  const cache = useGraphCache();
  const access = useAccess();
  const mayChangeEdge = mayChange(access, [cache.entities.get(edge.from), cache.entities.get(edge.to)]);
  const [mode, setMode] = useState<'view' | 'cite' | 'retract' | 'edit' | 'reinstate' | 'history'>('view');
  const [retracting, setRetracting] = useState<string | null>(null);
  const name = (id: string) => {
    const e = cache.entities.get(id);
    return e ? entityLabel(e) : id;
  };
  const label = ex.typeLabels.get(edge.type) ?? edge.type;
  return (
    <div className="details" data-testid="edge-details">
      <p className="eyebrow">Relationship</p>
      <h2 data-testid="details-title">
        <button type="button" className="link" onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'node', id: edge.from } })}>
          {name(edge.from)}
        </button>{' '}
        <span className="edge-type">{label}</span>{' '}
        <button type="button" className="link" onClick={() => ex.dispatch({ type: 'select', selection: { kind: 'node', id: edge.to } })}>
          {name(edge.to)}
        </button>
      </h2>
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          <code>{edge.type}</code>
        </dd>
        <dt>Confidence</dt>
        <dd data-testid="edge-confidence">{edge.confidence.toLowerCase()}</dd>
        <dt>Status</dt>
        <dd data-testid="edge-status" className={`status-${edge.status}`}>
          {edge.status.toLowerCase()}
        </dd>
        {(edge.validFrom || edge.validTo) && (
          <>
            <dt>Valid</dt>
            <dd>
              {edge.validFrom ?? '…'} – {edge.validTo ?? '…'}
            </dd>
          </>
        )}
        {edge.note && (
          <>
            <dt>Note</dt>
            <dd>{edge.note}</dd>
          </>
        )}
        {edge.retractedReason && (
          <>
            <dt>Retracted</dt>
            <dd data-testid="retracted-reason">{edge.retractedReason}</dd>
          </>
        )}
      </dl>
      <h3>Evidence ({edge.citations.filter((c) => !c.retracted).length}{edge.citations.some((c) => c.retracted) ? ` active, ${edge.citations.filter((c) => c.retracted).length} retracted` : ''})</h3>
      <CitationList
        citations={edge.citations}
        onRetract={mayChangeEdge ? (id) => setRetracting(id) : undefined}
      />
      {retracting && (
        <ReasonForm
          label="Why is this citation retracted? It stays listed with the reason."
          confirm="Retract citation"
          testId="retract-citation-form"
          danger
          onSubmit={async (reason) => void (await retractCitation(edge.id, retracting, reason))}
          onDone={() => setRetracting(null)}
        />
      )}
      {(mode === 'view' || mode === 'history') && (
        <div className="actions">
          {mayChangeEdge && (
            <>
              <button type="button" data-testid="add-citation" onClick={() => setMode('cite')}>
                Add citation
              </button>
              <button type="button" data-testid="edit-edge" onClick={() => setMode('edit')}>
                Edit…
              </button>
              {edge.status !== 'RETRACTED' ? (
                <button type="button" data-testid="retract" className="danger" onClick={() => setMode('retract')}>
                  Retract…
                </button>
              ) : (
                <button type="button" data-testid="reinstate" onClick={() => setMode('reinstate')}>
                  Reinstate…
                </button>
              )}
            </>
          )}
          <button type="button" data-testid="show-history" aria-expanded={mode === 'history'} onClick={() => setMode(mode === 'history' ? 'view' : 'history')}>
            History
          </button>
        </div>
      )}
      {mode === 'cite' && <AddCitationForm edgeId={edge.id} onDone={() => setMode('view')} />}
      {mode === 'retract' && <RetractForm edgeId={edge.id} onDone={() => setMode('view')} />}
      {mode === 'edit' && <EdgeEditForm edge={edge} onDone={() => setMode('view')} />}
      {mode === 'reinstate' && (
        <ReasonForm
          label="Why is this relationship reinstated?"
          confirm="Reinstate"
          testId="reinstate-form"
          onSubmit={async (reason) => void (await reinstateEdge(edge.id, reason))}
          onDone={() => setMode('view')}
        />
      )}
      {mode === 'history' && <HistoryView id={edge.id} version={edge} />}
    </div>
  );
}

function AddCitationForm({ edgeId, onDone }: { edgeId: string; onDone(): void }) {
  const [draft, setDraft] = useState<CitationDraft>(EMPTY_CITATION);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const ensured = await ensureSource(draft);
      if (!ensured.ok) return setErrors(ensured.errors);
      const source = ensured.source;
      setDraft({ ...draft, source, newSource: null });
      if (!source) return setErrors({ fields: { 'citation.sourceId': ['Pick a source or create one'] }, general: [] });
      await addCitation(edgeId, toCitationInput(draft, source.id));
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, { citation: 'citation' }, CITATION_FIELDS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="add-citation-form">
      <CitationFields draft={draft} onChange={setDraft} errors={errors} />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="save-citation">
          Save citation
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RetractForm({ edgeId, onDone }: { edgeId: string; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await retractEdge(edgeId, reason);
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, { reason: 'reason' }, ['reason']));
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="retract-form">
      <label>
        Why is this relationship retracted?
        <textarea rows={3} data-testid="retract-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <FieldError errors={errors} name="reason" />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="danger" data-testid="confirm-retract">
          Retract
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
