// Creates an entity and puts it on the canvas.
import { useState } from 'react';
import { createEntity } from '../../api/queries.ts';
import { ENTITY_KIND_NAMES, type EntityKindName, type SensitivityName } from '../../api/types.ts';
import { kindStyle } from '../../graph/visual-vocabulary.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import { SimilarEntitiesWarning } from '../corrections/DuplicateWarnings.tsx';
import { blankToNull } from './citation-draft.ts';
import { FieldError, GeneralErrors } from './FieldError.tsx';
import { NO_ERRORS, toFormErrors, type FormErrors } from './form-errors.ts';

const FIELDS = ['kind', 'name', 'aliases', 'description', 'startDate', 'endDate', 'sensitivity'];

export function EntityForm() {
  const ex = useExplorer();
  const [kind, setKind] = useState<EntityKindName>('ORGANIZATION');
  const [name, setName] = useState('');
  const [aliases, setAliases] = useState<{ value: string; lang: string }[]>([]);
  const [description, setDescription] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [sensitivity, setSensitivity] = useState<SensitivityName>('PUBLIC');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const entity = await createEntity({
        kind,
        name,
        aliases: aliases.filter((a) => a.value.trim() !== '').map((a) => ({ value: a.value.trim(), lang: blankToNull(a.lang) })),
        description: blankToNull(description),
        startDate: blankToNull(startDate),
        endDate: blankToNull(endDate),
        sensitivity,
      });
      await ex.addToCanvas(entity.id);
      ex.dispatch({ type: 'select', selection: { kind: 'node', id: entity.id } });
    } catch (err) {
      setErrors(toFormErrors(err, { input: '' }, FIELDS));
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} data-testid="entity-form">
      <h2>New entity</h2>
      <label>
        Kind
        <select data-testid="entity-kind" value={kind} onChange={(e) => setKind(e.target.value as EntityKindName)}>
          {ENTITY_KIND_NAMES.map((k) => (
            <option key={k} value={k}>
              {kindStyle(k).label}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} name="kind" />
      <label>
        Name
        <input data-testid="entity-name" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <FieldError errors={errors} name="name" />
      <SimilarEntitiesWarning name={name} aliases={aliases.map((a) => a.value)} kind={kind} />
      <fieldset>
        <legend>Aliases (other names, scripts, languages)</legend>
        {aliases.map((a, i) => (
          <div className="row" key={i}>
            <input
              aria-label="Alias"
              placeholder="Name"
              value={a.value}
              onChange={(e) => setAliases(aliases.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))}
            />
            <input
              aria-label="Language"
              className="lang-input"
              placeholder="ru, kk, en…"
              value={a.lang}
              onChange={(e) => setAliases(aliases.map((x, j) => (j === i ? { ...x, lang: e.target.value } : x)))}
            />
            <button type="button" aria-label="Remove alias" onClick={() => setAliases(aliases.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setAliases([...aliases, { value: '', lang: '' }])}>
          + Alias
        </button>
      </fieldset>
      <FieldError errors={errors} name="aliases" />
      <label>
        Description
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <FieldError errors={errors} name="description" />
      <div className="row">
        <label>
          Start
          <input placeholder="YYYY[-MM[-DD]]" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label>
          End
          <input placeholder="YYYY[-MM[-DD]]" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </label>
      </div>
      <FieldError errors={errors} name="startDate" />
      <FieldError errors={errors} name="endDate" />
      <label>
        Sensitivity
        <select value={sensitivity} onChange={(e) => setSensitivity(e.target.value as SensitivityName)}>
          <option value="PUBLIC">public</option>
          <option value="RESTRICTED">restricted (a person at risk)</option>
        </select>
      </label>
      <FieldError errors={errors} name="sensitivity" />
      <GeneralErrors errors={errors} />
      <div className="actions">
        <button type="submit" className="primary" data-testid="save-entity">
          Create entity
        </button>
      </div>
    </form>
  );
}
