// Closeness of names over their search keys, so a typo ("Baltabayva", "Akimt") still finds the entity and two records
// of one person in different scripts ("Bagilya Baltabayeva", "Багила Балтабаева") are offered as duplicates. Stores
// only fetch candidates that share letters with the query; these rules decide which candidates are close enough and
// in what order, identically for both engines.
import { distance } from 'fastest-levenshtein';
import { searchKey } from './search-keys.ts';
import type { Entity } from './types.ts';

/** Below this a fuzzy search candidate is not shown: about one edit in four letters per word. */
export const FUZZY_SEARCH_MIN = 0.7;
/** Two whole names this close are offered as probably the same entity. */
export const DUPLICATE_MIN = 0.85;
/** Candidates a store returns for ranking, per query. */
export const FUZZY_CANDIDATES = 50;
/** A word of the index this close to a typed word is looked up in its place. */
export const CLOSE_TERM_MIN = 0.7;
/** Close words looked up per typed word, best first. */
export const CLOSE_TERMS_PER_WORD = 3;
/** The length window of index words worth comparing with a typed word: two edits either way. */
export const TERM_LENGTH_SLACK = 2;

/** 1 for equal strings, falling towards 0 with the share of letters an edit would change. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

/**
 * The index words close enough to a typed word to look up in its place, best first: how a store turns a typo into
 * words its index holds.
 */
export function closeTerms(word: string, terms: readonly string[], n = CLOSE_TERMS_PER_WORD): string[] {
  return terms
    .map((term) => ({ term, score: term.startsWith(word) ? 1 : similarity(word, term) }))
    .filter((t) => t.score >= CLOSE_TERM_MIN)
    .sort((a, b) => b.score - a.score || a.term.length - b.term.length)
    .slice(0, n)
    .map((t) => t.term);
}

/** Every search key of an entity: its name's and each alias's. */
export function keysOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [...new Set([entity.name, ...entity.aliases.map((a) => a.value)].map(searchKey).filter(Boolean))];
}

/**
 * How well a typed query matches one key: each query word against its best word of the key (a prefix counts as a
 * match, as in exact search), averaged over the query's words.
 */
function queryScore(queryWords: string[], key: string): number {
  const words = key.split(' ');
  let total = 0;
  for (const q of queryWords) {
    let best = 0;
    for (const w of words) best = Math.max(best, w.startsWith(q) ? 1 : similarity(q, w));
    total += best;
  }
  return total / queryWords.length;
}

/**
 * The fuzzy-search score of an entity for a query: its best key. A key with words the query does not have scores a
 * little lower, so a name that is just the query ranks above a claim whose long name mentions it.
 */
export function fuzzyScore(query: string, entity: Pick<Entity, 'name' | 'aliases'>): { score: number; rank: number } {
  const words = searchKey(query).split(' ').filter(Boolean);
  let best = { score: 0, rank: 0 };
  if (words.length === 0) return best;
  for (const key of keysOf(entity)) {
    const score = queryScore(words, key);
    const rank = score - 0.02 * Math.max(0, key.split(' ').length - words.length);
    if (rank > best.rank) best = { score, rank };
  }
  return best;
}

/** The candidates close enough to the query, best first; ties go to the better-connected entity. */
export function rankFuzzy<T extends Entity>(query: string, candidates: T[]): T[] {
  return candidates
    .map((entity) => ({ entity, ...fuzzyScore(query, entity) }))
    .filter((c) => c.score >= FUZZY_SEARCH_MIN)
    .sort((a, b) => b.rank - a.rank || b.entity.degree - a.entity.degree)
    .map((c) => c.entity);
}

/** Word order does not make two names different ("Baltabayeva Bagilya"). */
const wordSet = (key: string) => key.split(' ').sort().join(' ');

/** How alike two entities' names are: the closest pair of their keys, compared whole. */
export function nameLikeness(a: Pick<Entity, 'name' | 'aliases'>, b: Pick<Entity, 'name' | 'aliases'>): number {
  const bKeys = keysOf(b).map(wordSet);
  let best = 0;
  for (const ka of keysOf(a).map(wordSet)) for (const kb of bKeys) best = Math.max(best, similarity(ka, kb));
  return best;
}

/** The candidates that are probably the same entity as `subject` (never itself), most alike first. */
export function likelyDuplicates<T extends Entity>(subject: Pick<Entity, 'id' | 'name' | 'aliases' | 'kind'>, candidates: T[]): T[] {
  return candidates
    .filter((c) => c.id !== subject.id)
    .map((entity) => ({ entity, score: nameLikeness(subject, entity) + (entity.kind === subject.kind ? 0.001 : 0) }))
    .filter((c) => c.score >= DUPLICATE_MIN)
    .sort((a, b) => b.score - a.score || b.entity.degree - a.entity.degree)
    .map((c) => c.entity);
}
