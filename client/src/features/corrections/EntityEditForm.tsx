// Corrects an entity in place: name, aliases with their language, description, dates and sensitivity. The server
// validates as on creation (and decides who may change a sensitivity); every change is audited with before and after.
import { useState } from 'react';
import { graphCache } from '../../api/cache.ts';
import type { ApiEntity, SensitivityName } from '../../api/types.ts';
import { blankToNull } from '../editor/citation-draft.ts';
import { FieldError, GeneralErrors } from '../editor/FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../editor/form-errors.ts';
import { updateEntity } from './corrections-api.ts';

const FIELDS = ['name', 'aliases', 'description', 'startDate', 'endDate', 'sensitivity'];

export function EntityEditForm({ entity, onDone }: { entity: ApiEntity; onDone(): void }) {
  const [name, setName] = useState(entity.name);
  const [aliases, setAliases] = useState(entity.aliases.map((a) => ({ value: a.value, lang: a.lang ?? '' })));
  const [description, setDescription] = useState(entity.description ?? '');
  const [startDate, setStartDate] = useState(entity.startDate ?? '');
  const [endDate, setEndDate] = useState(entity.endDate ?? '');
  const [sensitivity, setSensitivity] = useState<SensitivityName>(entity.sensitivity);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const updated = await updateEntity(entity.id, {
        name,
        aliases: aliases.filter((a) => a.value.trim() !== '').map((a) => ({ value: a.value.trim(), lang: blankToNull(a.lang) })),
        description: blankToNull(description),
        startDate: blankToNull(startDate),
        endDate: blankToNull(endDate),
        sensitivity,
      });
      graphCache.merge({ entities: [updated] });
      onDone();
    } catch (err) {
      setErrors(toFormErrors(err, { input: '' }, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="entity-edit-form">
      <label>
        Name
        <input data-testid="edit-entity-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <FieldError errors={errors} name="name" />
      <fieldset>
        <legend>Aliases (other names, scripts, languages)</legend>
        {aliases.map((a, i) => (
          <div className="row" key={i}>
            <input
              aria-label={`Alias ${i + 1}`}
              data-testid="edit-alias-value"
              value={a.value}
              onChange={(e) => setAliases(aliases.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
            />
            <input
              aria-label={`Language of alias ${i + 1}`}
              data-testid="edit-alias-lang"
              className="lang-input"
              placeholder="ru, kk, en…"
              value={a.lang}
              onChange={(e) => setAliases(aliases.map((x, j) => (j === i ? { ...x, lang: e.target.value } : x)))}
            />
            <button type="button" aria-label={`Remove alias ${i + 1}`} onClick={() => setAliases(aliases.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" data-testid="edit-add-alias" onClick={() => setAliases([...aliases, { value: '', lang: '' }])}>
          + Alias
        </button>
      </fieldset>
      <FieldError errors={errors} name="aliases" />
      <label>
        Description
        <textarea rows={3} data-testid="edit-entity-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <FieldError errors={errors} name="description" />
      <div className="row">
        <label>
          Start
          <input data-testid="edit-entity-start" placeholder="YYYY[-MM[-DD]]" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label>
          End
          <input data-testid="edit-entity-end" placeholder="YYYY[-MM[-DD]]" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </label>
      </div>
      <FieldError errors={errors} name="startDate" />
      <FieldError errors={errors} name="endDate" />
      <label>
        Sensitivity
        <select data-testid="edit-entity-sensitivity" value={sensitivity} onChange={(e) => setSensitivity(e.target.value as SensitivityName)}>
          <option value="PUBLIC">public</option>
          <option value="RESTRICTED">restricted (a person at risk)</option>
        </select>
      </label>
      <FieldError errors={errors} name="sensitivity" />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="save-entity-edit">
          Save changes
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
