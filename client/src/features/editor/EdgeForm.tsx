// Adds a relationship with at least one citation; the new edge is drawn as soon as the server accepts it. The type list
// offers only the types whose endpoint rules fit the kinds of the chosen ends (the server enforces the same rules).
import { useState } from 'react';
import { useGraphCache } from '../../api/cache.ts';
import { addCitation, addEdge } from '../../api/queries.ts';
import { DuplicateEdgeWarning } from '../corrections/DuplicateWarnings.tsx';
import { useExplorer } from '../../state/explorer-context.ts';
import { CITATION_FIELDS, EMPTY_CITATION, blankToNull, ensureSource, toCitationInput, type CitationDraft } from './citation-draft.ts';
import { CitationFields } from './CitationFields.tsx';
import { EdgeFactFields, edgeFactsInput, type EdgeFacts } from './EdgeFactFields.tsx';
import { EntityPick } from './EntityPick.tsx';
import { FieldError, GeneralErrors } from './FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from './form-errors.ts';

const EDGE_FIELDS = ['type', 'from', 'to', 'validFrom', 'validTo', 'confidence', 'note', 'citations', ...CITATION_FIELDS];

export function EdgeForm() {
  const ex = useExplorer();
  const { edgeDraft } = ex.state;
  const cache = useGraphCache();
  const [picked, setType] = useState('');
  const fromKind = edgeDraft.from ? cache.entities.get(edgeDraft.from)?.kind : undefined;
  const toKind = edgeDraft.to ? cache.entities.get(edgeDraft.to)?.kind : undefined;
  const fitting = ex.relationshipTypes.filter((t) => (!fromKind || t.from.includes(fromKind)) && (!toKind || t.to.includes(toKind)));
  // A type picked before the ends were chosen is dropped once it no longer fits them.
  const type = fitting.some((t) => t.name === picked) ? picked : '';
  const [facts, setFacts] = useState<EdgeFacts>({ validFrom: '', validTo: '', confidence: 'REPORTED', note: '' });
  const [citation, setCitation] = useState<CitationDraft>(EMPTY_CITATION);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!edgeDraft.from || !edgeDraft.to) {
      setErrors({ fields: { ...(edgeDraft.from ? {} : { from: ['Pick where it starts'] }), ...(edgeDraft.to ? {} : { to: ['Pick where it ends'] }) }, general: [] });
      return;
    }
    setBusy(true);
    try {
      const ensured = await ensureSource(citation);
      if (!ensured.ok) return setErrors(ensured.errors);
      const source = ensured.source;
      setCitation({ ...citation, source, newSource: null });
      // With no source the server is still asked, so its own rule ("at least one citation") names the field.
      const added = await addEdge({
        type,
        from: edgeDraft.from,
        to: edgeDraft.to,
        ...edgeFactsInput(facts),
        citations: source ? [toCitationInput(citation, source.id)] : [],
      });
      const missing = [edgeDraft.from, edgeDraft.to].filter((id) => !ex.state.nodeIds.includes(id));
      if (missing.length > 0) {
        ex.run('add', { ids: missing, anchor: edgeDraft.from });
      }
      ex.dispatch({ type: 'edge-draft/set', from: null, to: null });
      ex.dispatch({ type: 'picking/set', target: null });
      ex.dispatch({ type: 'select', selection: { kind: 'edge', id: added.id } });
    } catch (err) {
      setErrors(toFormErrors(err, { 'input.citations.0': 'citation', input: '' }, EDGE_FIELDS));
    } finally {
      setBusy(false);
    }
  };

  /** The citation being written goes onto an existing relationship that this one would repeat. */
  const addToExisting = async (edgeId: string) => {
    setBusy(true);
    try {
      const ensured = await ensureSource(citation);
      if (!ensured.ok) return setErrors(ensured.errors);
      const source = ensured.source;
      setCitation({ ...citation, source, newSource: null });
      if (!source) return setErrors({ fields: { 'citation.sourceId': ['Pick a source or create one'] }, general: [] });
      await addCitation(edgeId, toCitationInput(citation, source.id));
      ex.dispatch({ type: 'edge-draft/set', from: null, to: null });
      ex.dispatch({ type: 'select', selection: { kind: 'edge', id: edgeId } });
    } catch (err) {
      setErrors(toFormErrors(err, { citation: 'citation' }, EDGE_FIELDS));
    } finally {
      setBusy(false);
    }
  };
  const draft = edgeDraft.from && edgeDraft.to && type ? { type, from: edgeDraft.from, to: edgeDraft.to, validFrom: blankToNull(facts.validFrom), validTo: blankToNull(facts.validTo) } : null;

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="edge-form">
      <h2>New relationship</h2>
      <EntityPick label="From" value={edgeDraft.from} target="edge-from" testId="edge-from" onChange={(id) => ex.dispatch({ type: 'edge-draft/set', from: id })} />
      <FieldError errors={errors} name="from" />
      <label>
        Type
        <select data-testid="edge-type" value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">Choose a type…</option>
          {fitting.map((t) => (
            <option key={t.name} value={t.name}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} name="type" />
      <EntityPick label="To" value={edgeDraft.to} target="edge-to" testId="edge-to" onChange={(id) => ex.dispatch({ type: 'edge-draft/set', to: id })} />
      <FieldError errors={errors} name="to" />
      <EdgeFactFields
        facts={facts}
        onChange={setFacts}
        errors={errors}
        testIds={{ validFrom: 'edge-valid-from', validTo: 'edge-valid-to', confidence: 'edge-confidence-input', note: 'edge-note' }}
        noteRows={2}
      />
      <CitationFields draft={citation} onChange={setCitation} errors={errors} />
      <FieldError errors={errors} name="citations" />
      <DuplicateEdgeWarning draft={draft} busy={busy} onAddToExisting={(id) => void addToExisting(id)} />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="save-edge">
          Add relationship
        </button>
      </div>
    </form>
  );
}
