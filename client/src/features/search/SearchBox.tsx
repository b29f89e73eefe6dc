// Cross-script, as-you-type entity search: a combobox operable with arrow keys, Enter and Escape. Used in the header
// to add entities to the canvas, and wherever a form needs to pick an entity.
import { useEffect, useId, useState } from 'react';
import { searchEntities } from '../../api/queries.ts';
import type { ApiEntity } from '../../api/types.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { kindStyle } from '../../graph/visual-vocabulary.ts';
import { useDebounced } from './use-debounced.ts';

/** Results shown at first and added by each "Show more"; the API answers at most SEARCH_MAX. */
const PAGE = 10;
const SEARCH_MAX = 100;

interface Props {
  placeholder: string;
  testId: string;
  onPick(entity: ApiEntity): void;
  autoFocus?: boolean;
  /** The accessible name of the input (the placeholder is not one). */
  label?: string;
}

export function SearchBox({ placeholder, testId, onPick, autoFocus, label }: Props) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<ApiEntity[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const query = useDebounced(text.trim(), 180);
  const listId = useId();
  // One more than shown is asked for, so the list can say whether more matched.
  const [limit, setLimit] = useState(PAGE);
  const [more, setMore] = useState(false);
  useEffect(() => setLimit(PAGE), [query]);

  useEffect(() => {
    if (query === '') {
      setResults([]);
      return;
    }
    let current = true;
    searchEntities(query, Math.min(limit + 1, SEARCH_MAX))
      .then((all) => {
        if (!current) return;
        const found = all.slice(0, limit);
        setResults(found);
        setMore(all.length > limit);
        setActive((i) => (limit === PAGE ? 0 : Math.min(i, found.length - 1)));
        setOpen(true);
        setError(null);
      })
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [query, limit]);

  const pick = (entity: ApiEntity | undefined) => {
    if (!entity) return;
    onPick(entity);
    setText('');
    setResults([]);
    setOpen(false);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape' && open && results.length > 0) {
      // The list closes first; a second Escape reaches the page and closes the panel.
      e.preventDefault();
      setOpen(false);
    }
  };

  const showList = open && text.trim() !== '' && query !== '';
  return (
    <div className="search" data-testid={testId}>
      <input
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder={placeholder}
        aria-label={label ?? placeholder}
        value={text}
        autoFocus={autoFocus}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      {showList && (
        <div className="search-popup">
        <ul className="search-results" role="listbox" id={listId} data-testid={`${testId}-results`}>
          {results.length === 0 && <li className="search-empty">{error ?? 'No matches'}</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-testid="search-result"
              data-entity-id={r.id}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(r)}
            >
              <span className="kind-dot" style={{ background: kindStyle(r.kind).color }} aria-hidden />
              <span className="result-name">{entityLabel(r)}</span>
              <span className="result-meta">
                {kindStyle(r.kind).label}
                {r.aliases.length > 0 && ` · ${r.aliases.map((a) => a.value).slice(0, 2).join(' · ')}`}
              </span>
            </li>
          ))}
        </ul>
        {results.length > 0 && (
          <div className="search-count" data-testid={`${testId}-count`} onMouseDown={(e) => e.preventDefault()}>
            <span role="status">{more ? `More than ${results.length} matches` : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`}</span>
            {more && limit < SEARCH_MAX - 1 && (
              <button type="button" className="small" data-testid={`${testId}-more`} tabIndex={-1} onClick={() => setLimit(Math.min(limit + PAGE, SEARCH_MAX - 1))}>
                Show more
              </button>
            )}
          </div>
        )}
        </div>
      )}
    </div>
  );
}
