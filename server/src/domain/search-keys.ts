// Search keys that make a name findable from any script or spelling. "Народные Советы", "Narodnye Sovety" and
// "narodnye sovety" share one key; "Baltabaeva" and "Baltabayeva" too. Both stores index and query these keys.
import { transliterate } from 'transliteration';

// The library covers Russian well but renders Kazakh letters as punctuation (ә -> "@", қ -> "k'"); these follow the
// 2021 Kazakh Latin alphabet, folded to plain ASCII.
const KAZAKH_LETTERS: Record<string, string> = {
  ә: 'a', Ә: 'A', ғ: 'g', Ғ: 'G', қ: 'q', Қ: 'Q', ң: 'n', Ң: 'N', ө: 'o', Ө: 'O',
  ұ: 'u', Ұ: 'U', ү: 'u', Ү: 'U', һ: 'h', Һ: 'H', і: 'i', І: 'I',
};
const KAZAKH_PATTERN = new RegExp(`[${Object.keys(KAZAKH_LETTERS).join('')}]`, 'g');

/** Latin, lower case, ASCII letters and digits only; words separated by single spaces. */
export function foldToLatin(text: string): string {
  const kazakhFree = text.replace(KAZAKH_PATTERN, (ch) => KAZAKH_LETTERS[ch] ?? ch);
  return transliterate(kazakhFree.normalize('NFKC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Folds the spellings romanizations disagree on: "kh"/"h", "q"/"k", "j"/"zh", "ts"/"c", doubled letters, and the
 * glides ("y", and "i" after a vowel) that some write and others drop ("Baltabayeva", "Kazakhstanskyi/-iy").
 */
export function looseWord(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/zh/g, 'j')
    .replace(/ts/g, 'c')
    .replace(/w/g, 'v')
    .replace(/y/g, '')
    .replace(/([aeiou])i/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/** The search key of one word (text without an ASCII space), computed from scratch. */
function wordSearchKey(word: string): string {
  return foldToLatin(word)
    .split(' ')
    .filter(Boolean)
    .map(looseWord)
    .filter(Boolean)
    .join(' ');
}

// Names share few distinct words (a bulk load of 200k entities has about 13k), and every step of the key maps the
// words around an ASCII space independently (the transliteration is per character, Unicode normalization does not
// compose across a space), so keys are built word by word and each word's key is remembered. The cache is bounded
// by emptying it when full, and long words are not kept.
const WORD_CACHE_LIMIT = 100_000;
const CACHED_WORD_LENGTH = 64;
const wordKeys = new Map<string, string>();

function cachedWordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = wordSearchKey(word);
    if (word.length <= CACHED_WORD_LENGTH) {
      if (wordKeys.size >= WORD_CACHE_LIMIT) wordKeys.clear();
      wordKeys.set(word, key);
    }
  }
  return key;
}

/** The search key of one name or alias: its loose Latin words joined by spaces. */
export function searchKey(text: string): string {
  let key = '';
  for (const word of text.split(' ')) {
    if (!word) continue;
    const wordKey = cachedWordKey(word);
    if (wordKey) key = key ? `${key} ${wordKey}` : wordKey;
  }
  return key;
}

/** All keys of an entity, deduplicated, for indexing. */
export function entitySearchKeys(name: string, aliases: { value: string }[]): string {
  const keys = new Set([name, ...aliases.map((a) => a.value)].map(searchKey).filter(Boolean));
  return [...keys].join(' ');
}

/** The words of a query as loose keys; each is matched as a prefix of some indexed word. Empty when nothing remains. */
export function queryTerms(query: string): string[] {
  return searchKey(query).split(' ').filter(Boolean).slice(0, 8);
}

/**
 * The words of a query as typed (lower case, no transliteration), for prefix matching on raw names and aliases: it
 * finds Cyrillic input whose search keys differ from the stored ones. At most eight, like `queryTerms`.
 */
export function rawQueryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}
