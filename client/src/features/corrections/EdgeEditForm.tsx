// Corrects a relationship's dates, confidence and note in place; the server validates as on creation and records the
// change with before and after.
import { useState } from 'react';
import type { ApiEdge } from '../../api/types.ts';
import { EdgeFactFields, edgeFactsInput, type EdgeFacts } from '../editor/EdgeFactFields.tsx';
import { GeneralErrors } from '../editor/FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../editor/form-errors.ts';
import { updateEdge } from './corrections-api.ts';

const FIELDS = ['validFrom', 'validTo', 'confidence', 'note'];

export function EdgeEditForm({ edge, onDone }: { edge: ApiEdge; onDone(): void }) {
  const [facts, setFacts] = useState<EdgeFacts>({
    validFrom: edge.validFrom ?? '',
    validTo: edge.validTo ?? '',
    confidence: edge.confidence,
    note: edge.note ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await updateEdge(edge.id, edgeFactsInput(facts));
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, { input: '' }, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="edge-edit-form">
      <EdgeFactFields
        facts={facts}
        onChange={setFacts}
        errors={errors}
        testIds={{ validFrom: 'edit-valid-from', validTo: 'edit-valid-to', confidence: 'edit-confidence', note: 'edit-note' }}
        noteRows={3}
      />
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
