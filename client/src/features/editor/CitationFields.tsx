// Fields of one citation: pick an existing source (searched as you type) or create one inline, then locator, quote
// and stance.
import { useEffect, useState } from 'react';
import { searchSources } from '../../api/queries.ts';
import { SOURCE_KIND_NAMES, type ApiSource, type StanceName } from '../../api/types.ts';
import { useDebounced } from '../search/use-debounced.ts';
import { EMPTY_SOURCE, type CitationDraft, type SourceDraft } from './citation-draft.ts';
import { FieldError } from './FieldError.tsx';
import type { FormErrors } from './form-errors.ts';

interface Props {
  draft: CitationDraft;
  onChange(draft: CitationDraft): void;
  errors: FormErrors;
}

export function CitationFields({ draft, onChange, errors }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ApiSource[]>([]);
  const debounced = useDebounced(query.trim(), 200);

  useEffect(() => {
    if (draft.source || draft.newSource) return;
    let current = true;
    searchSources(debounced)
      .then((s) => current && setFound(s))
      .catch(() => current && setFound([]));
    return () => {
      current = false;
    };
  }, [debounced, draft.source, draft.newSource]);

  const setSource = (patch: Partial<SourceDraft>) => onChange({ ...draft, newSource: { ...(draft.newSource ?? EMPTY_SOURCE), ...patch } });

  return (
    <fieldset className="citation-fields" data-testid="citation-fields">
      <legend>Citation</legend>
      {draft.source ? (
        <div className="picked-source" data-testid="picked-source">
          <span>{draft.source.title}</span>
          <button type="button" onClick={() => onChange({ ...draft, source: null })}>
            Change
          </button>
        </div>
      ) : draft.newSource ? (
        <div className="new-source" data-testid="new-source">
          <label>
            Source kind
            <select data-testid="source-kind" value={draft.newSource.kind} onChange={(e) => setSource({ kind: e.target.value })}>
              {SOURCE_KIND_NAMES.map((k) => (
                <option key={k} value={k}>
                  {k.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </label>
          <FieldError errors={errors} name="source.kind" />
          <label>
            Title
            <input data-testid="source-title" value={draft.newSource.title} onChange={(e) => setSource({ title: e.target.value })} />
          </label>
          <FieldError errors={errors} name="source.title" />
          <label>
            URL
            <input data-testid="source-url" type="url" value={draft.newSource.url} onChange={(e) => setSource({ url: e.target.value })} />
          </label>
          <FieldError errors={errors} name="source.url" />
          <label>
            Publisher
            <input data-testid="source-publisher" value={draft.newSource.publisher} onChange={(e) => setSource({ publisher: e.target.value })} />
          </label>
          <FieldError errors={errors} name="source.publisher" />
          <label>
            Published (YYYY, YYYY-MM or YYYY-MM-DD)
            <input
              data-testid="source-published"
              value={draft.newSource.publishedAt}
              onChange={(e) => setSource({ publishedAt: e.target.value })}
            />
          </label>
          <FieldError errors={errors} name="source.publishedAt" />
          <button type="button" onClick={() => onChange({ ...draft, newSource: null })}>
            Pick an existing source instead
          </button>
        </div>
      ) : (
        <div className="source-picker">
          <label>
            Source
            <input
              type="search"
              data-testid="source-search"
              placeholder="Search sources by title…"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <ul className="source-results" data-testid="source-results">
            {found.slice(0, 8).map((s) => (
              <li key={s.id}>
                <button type="button" data-testid="source-option" onClick={() => onChange({ ...draft, source: s })}>
                  {s.title}
                  {s.publisher && <span className="muted"> · {s.publisher}</span>}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="create-source" onClick={() => onChange({ ...draft, newSource: { ...EMPTY_SOURCE } })}>
            + New source
          </button>
        </div>
      )}
      <FieldError errors={errors} name="citation.sourceId" />
      <label>
        Locator (page, footnote, timestamp)
        <input data-testid="citation-locator-input" value={draft.locator} onChange={(e) => onChange({ ...draft, locator: e.target.value })} />
      </label>
      <FieldError errors={errors} name="citation.locator" />
      <label>
        Quote (optional, short)
        <textarea rows={2} data-testid="citation-quote-input" value={draft.quote} onChange={(e) => onChange({ ...draft, quote: e.target.value })} />
      </label>
      <FieldError errors={errors} name="citation.quote" />
      <label>
        Stance
        <select
          data-testid="citation-stance"
          value={draft.stance}
          onChange={(e) => onChange({ ...draft, stance: e.target.value as StanceName })}
        >
          <option value="SUPPORTS">supports</option>
          <option value="DISPUTES">disputes</option>
        </select>
      </label>
    </fieldset>
  );
}
