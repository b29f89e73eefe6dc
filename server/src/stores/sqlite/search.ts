// Builds the full-text MATCH expression for a query. The expression is passed to SQLite as a bound value; every term
// inside it is a quoted FTS5 string, so no query text can change the expression's structure.
import { queryTerms, rawQueryWords } from '../../domain/search-keys.ts';

const quote = (term: string) => `"${term.replaceAll('"', '""')}"*`;

export interface SearchPlan {
  /** The exact search key of the whole query: a name or alias with this key ranks first. */
  exactKey: string;
  /** FTS5 MATCH value, or null when the query has no searchable words. */
  match: string | null;
}

export function planSearch(query: string): SearchPlan {
  const keys = queryTerms(query);
  const words = rawQueryWords(query);
  const parts: string[] = [];
  if (keys.length > 0) parts.push(`keys : (${keys.map(quote).join(' AND ')})`);
  if (words.length > 0) parts.push(`names : (${words.map(quote).join(' AND ')})`);
  return { exactKey: keys.join(' '), match: parts.length > 0 ? parts.join(' OR ') : null };
}
