// `searchKey` builds a key word by word and remembers each word's key: the result must be the key of the whole text,
// whatever the spacing, punctuation or script, and the same whether the words are new or remembered.
import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../server/src/domain/search-keys.ts';

// Keys computed from the whole text at once, before keys were built word by word.
const KEYS: [string, string][] = [
  ['  Народные   Советы ', 'narodne sovet'],
  ['Қызылқұдық,  2010', 'kzlkudk 2010'],
  ['北京大学 Almaty', 'be jing da xue almat'],
  ['北京 大学', 'be jing da xue'],
  ['e\u0301cole \u0301x', 'ecole x'],
  ['Ð ß ﬁnance', 'd s finance'],
  ['  ', ''],
  ['Alma-Ata, 1986', 'alma ata 1986'],
];

describe('search keys built word by word', () => {
  it.each(KEYS)('keys %j as the whole text: %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
    expect(searchKey(text)).toBe(key);
  });

  it('keys a word the same alone and inside a longer name', () => {
    expect(searchKey('Советы')).toBe('sovet');
    expect(searchKey('Народные Советы Алматы')).toBe(`narodne sovet ${searchKey('Алматы')}`);
  });
});
