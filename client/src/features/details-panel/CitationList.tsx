import { useState } from 'react';
import type { ApiCitation } from '../../api/types.ts';
import { HistoryView } from '../corrections/HistoryView.tsx';
import { safeHttpUrl } from './safe-url.ts';

interface Props {
  citations: ApiCitation[];
  /** Offered on each active citation when the list may be corrected (the relationship's own panel). */
  onRetract?(citationId: string): void;
}

export function CitationList({ citations, onRetract }: Props) {
  return (
    <ol className="citations" data-testid="citations">
      {citations.map((c) => {
        const href = safeHttpUrl(c.source.url);
        return (
          <li key={c.id} className={`citation stance-${c.stance}${c.retracted ? ' retracted' : ''}`} data-testid="citation" data-retracted={c.retracted ? 'true' : 'false'}>
            <div className="citation-title">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" data-testid="citation-link">
                  {c.source.title}
                </a>
              ) : (
                <span>{c.source.title}</span>
              )}
              <span className={`stance stance-${c.stance}`}>{c.stance === 'DISPUTES' ? 'disputes' : 'supports'}</span>
            </div>
            <div className="citation-meta">
              {[c.source.publisher, c.source.publishedAt].filter(Boolean).join(', ')}
              {c.locator && (
                <>
                  {' · '}
                  <span data-testid="citation-locator">{c.locator}</span>
                </>
              )}
            </div>
            {c.quote && <blockquote>“{c.quote}”</blockquote>}
            {c.retracted && (
              <p className="citation-retraction" data-testid="citation-retraction">
                Retracted{c.retractedBy ? ` by ${c.retractedBy}` : ''}: {c.retractedReason}
              </p>
            )}
            {(onRetract || !c.source.redacted) && (
              <div className="citation-actions">
                {onRetract && !c.retracted && (
                  <button type="button" className="small" data-testid="retract-citation" onClick={() => onRetract(c.id)}>
                    Retract this citation…
                  </button>
                )}
                <SourceHistory id={c.source.id} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A source's own audit trail, fetched only once opened. */
function SourceHistory({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="source-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Source history</summary>
      {open && <HistoryView id={id} version={null} />}
    </details>
  );
}
