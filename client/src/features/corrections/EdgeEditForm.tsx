// Corrects a relationship's dates, confidence and note in place; the server validates as on creation and records the
// change with before and after.
import { useState } from 'react';
import { CONFIDENCE_NAMES, type ApiEdge, type ConfidenceName } from '../../api/types.ts';
import { blankToNull } from '../editor/citation-draft.ts';
import { FieldError, GeneralErrors } from '../editor/FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../editor/form-errors.ts';
import { updateEdge } from './corrections-api.ts';

const FIELDS = ['validFrom', 'validTo', 'confidence', 'note'];

export function EdgeEditForm({ edge, onDone }: { edge: ApiEdge; onDone(): void }) {
  const [validFrom, setValidFrom] = useState(edge.validFrom ?? '');
  const [validTo, setValidTo] = useState(edge.validTo ?? '');
  const [confidence, setConfidence] = useState<ConfidenceName>(edge.confidence);
  const [note, setNote] = useState(edge.note ?? '');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await updateEdge(edge.id, { validFrom: blankToNull(validFrom), validTo: blankToNull(validTo), confidence, note: blankToNull(note) });
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, { input: '' }, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="edge-edit-form">
      <div className="row">
        <label>
          Valid from
          <input data-testid="edit-valid-from" placeholder="YYYY[-MM[-DD]]" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </label>
        <label>
          Valid to
          <input data-testid="edit-valid-to" placeholder="YYYY[-MM[-DD]]" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </label>
      </div>
      <FieldError errors={errors} name="validFrom" />
      <FieldError errors={errors} name="validTo" />
      <label>
        Confidence
        <select data-testid="edit-confidence" value={confidence} onChange={(e) => setConfidence(e.target.value as ConfidenceName)}>
          {CONFIDENCE_NAMES.map((c) => (
            <option key={c} value={c}>
              {c.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} name="confidence" />
      <label>
        Note
        <textarea rows={3} data-testid="edit-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FieldError errors={errors} name="note" />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="save-edge-edit">
          Save changes
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
