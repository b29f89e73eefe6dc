// What a researcher states about a relationship besides its ends and evidence: its dates, confidence and note. The
// form that adds a relationship and the one that corrects it share these fields and how blanks reach the server.
import { CONFIDENCE_NAMES, type ConfidenceName } from '../../api/types.ts';
import { blankToNull } from './citation-draft.ts';
import { FieldError } from './FieldError.tsx';
import type { FormErrors } from './form-errors.ts';

export interface EdgeFacts {
  validFrom: string;
  validTo: string;
  confidence: ConfidenceName;
  note: string;
}

/** The facts as the API takes them: a blank field is no value. */
export function edgeFactsInput(facts: EdgeFacts) {
  return { validFrom: blankToNull(facts.validFrom), validTo: blankToNull(facts.validTo), confidence: facts.confidence, note: blankToNull(facts.note) };
}

export function EdgeFactFields(props: {
  facts: EdgeFacts;
  onChange(facts: EdgeFacts): void;
  errors: FormErrors;
  testIds: Record<keyof EdgeFacts, string>;
  noteRows: number;
}) {
  const { facts, onChange, errors, testIds, noteRows } = props;
  const set = (patch: Partial<EdgeFacts>) => onChange({ ...facts, ...patch });
  return (
    <>
      <div className="row">
        <label>
          Valid from
          <input data-testid={testIds.validFrom} placeholder="YYYY[-MM[-DD]]" value={facts.validFrom} onChange={(e) => set({ validFrom: e.target.value })} />
        </label>
        <label>
          Valid to
          <input data-testid={testIds.validTo} placeholder="YYYY[-MM[-DD]]" value={facts.validTo} onChange={(e) => set({ validTo: e.target.value })} />
        </label>
      </div>
      <FieldError errors={errors} name="validFrom" />
      <FieldError errors={errors} name="validTo" />
      <label>
        Confidence
        <select data-testid={testIds.confidence} value={facts.confidence} onChange={(e) => set({ confidence: e.target.value as ConfidenceName })}>
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
        <textarea rows={noteRows} data-testid={testIds.note} value={facts.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
      <FieldError errors={errors} name="note" />
    </>
  );
}
