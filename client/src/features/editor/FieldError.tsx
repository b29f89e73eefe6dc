import type { FormErrors } from './form-errors.ts';

export function FieldError({ errors, name }: { errors: FormErrors; name: string }) {
  const messages = errors.fields[name];
  if (!messages || messages.length === 0) return null;
  return (
    <div className="field-error" role="alert" data-testid={`error-${name}`}>
      {messages.join('; ')}
    </div>
  );
}

export function GeneralErrors({ errors }: { errors: FormErrors }) {
  if (errors.general.length === 0) return null;
  return (
    <div className="form-error" role="alert" data-testid="form-error">
      {errors.general.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}
