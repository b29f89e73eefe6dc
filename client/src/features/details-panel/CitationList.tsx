import type { ApiCitation } from '../../api/types.ts';
import { safeHttpUrl } from './safe-url.ts';

export function CitationList({ citations }: { citations: ApiCitation[] }) {
  return (
    <ol className="citations" data-testid="citations">
      {citations.map((c) => {
        const href = safeHttpUrl(c.source.url);
        return (
          <li key={c.id} className={`citation stance-${c.stance}`} data-testid="citation">
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
          </li>
        );
      })}
    </ol>
  );
}
