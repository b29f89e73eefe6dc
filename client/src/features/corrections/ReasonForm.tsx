// A short form that asks why before a correction that needs a reason (retracting a citation, reinstating a
// relationship); the server's refusal shows by the field it names, or above the buttons.
import { useState } from 'react';
import { FieldError, GeneralErrors } from '../editor/FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../editor/form-errors.ts';

interface Props {
  label: string;
  confirm: string;
  testId: string;
  danger?: boolean;
  onSubmit(reason: string): Promise<void>;
  onDone(): void;
}

export function ReasonForm({ label, confirm, testId, danger, onSubmit, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSubmit(reason);
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, { reason: 'reason' }, ['reason']));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid={testId}>
      <label>
        {label}
        <textarea rows={3} data-testid={`${testId}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </label>
      <FieldError errors={errors} name="reason" />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy} data-testid={`${testId}-confirm`}>
          {confirm}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
