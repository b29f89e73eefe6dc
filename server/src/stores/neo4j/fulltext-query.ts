// Builds the fulltext (Lucene) query for entity search. It travels to Neo4j as a parameter value, and every term in it
// is escaped, so no search text can change the query's structure. Matching mirrors the embedded store: each query
// term is a prefix of some search-key word, or each word as typed is a prefix of some word of a name or alias.
import { queryTerms, rawQueryWords } from '../../domain/search-keys.ts';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const prefix = (term: string) => `${term.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`)}*`;

export interface EntitySearchQuery {
  /** The whole query's search key: a name or alias with exactly this key ranks first. */
  exactKey: string;
  /** The value for `db.index.fulltext.queryNodes`, or null when the query has no searchable words. */
  fulltext: string | null;
}

export function entitySearchQuery(query: string): EntitySearchQuery {
  const keys = queryTerms(query);
  const words = rawQueryWords(query);
  const all = (field: string, terms: string[]) => `${field}:(${terms.map(prefix).join(' AND ')})`;
  const parts: string[] = [];
  if (keys.length > 0) parts.push(all('searchKeys', keys));
  if (words.length > 0) parts.push(all('name', words), all('aliasValues', words));
  return { exactKey: keys.join(' '), fulltext: parts.length > 0 ? parts.join(' OR ') : null };
}
