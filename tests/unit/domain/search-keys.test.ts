import { describe, expect, it } from 'vitest';
import { entitySearchKeys, foldToLatin, looseWord, queryTerms, searchKey } from '../../../server/src/domain/search-keys.ts';

describe('search keys', () => {
  it.each([
    ['Народные Советы', 'Narodnye Sovety'],
    ['narodnye sovety', 'Narodnye Sovety'],
    ['НАРОДНЫЕ СОВЕТЫ', 'narodnye sovety'],
    ['Балтабаева', 'Baltabaeva'],
    ['Baltabayeva', 'Baltabaeva'],
    ['Казахстанский союз родителей', 'Kazakhstanskyi Souz Roditelei'],
    ['Kazakhstanskiy Soyuz Roditeley', 'Kazakhstanskyi Souz Roditelei'],
    ['Әкімдік', 'akimdik'],
    ['Qazaqstan', 'Қазақстан'],
    ['Feminíta', 'feminita'],
  ])('gives %j and %j one key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
    expect(searchKey(a)).not.toBe('');
  });

  it('keeps different names apart, including a misspelling that only an alias can catch', () => {
    expect(searchKey('Nardonye Sovety')).not.toBe(searchKey('Narodnye Sovety'));
    expect(searchKey('Feminita')).not.toBe(searchKey('Nemolchi'));
    const keys = entitySearchKeys('Народные Советы', [{ value: 'Narodnye Sovety' }, { value: 'Nardonye Sovety' }]);
    expect(keys.split(' ')).toEqual(expect.arrayContaining(['narodne', 'sovet', 'nardone']));
  });

  it('folds the Kazakh letters ә ғ қ ң ө ұ ү һ і to plain Latin', () => {
    expect(foldToLatin('ә ғ қ ң ө ұ ү һ і')).toBe('a g q n o u u h i');
    expect(foldToLatin('Ә Ғ Қ Ң Ө Ұ Ү Һ І')).toBe('a g q n o u u h i');
    expect(searchKey('Әкімдік')).toBe('akimdik');
    expect(searchKey('Қазақстан')).toBe(searchKey('Qazaqstan'));
    expect(searchKey('Казахстан')).toBe(searchKey('Kazakhstan'));
  });

  it('folds case, diacritics and punctuation into single-spaced lower-case ASCII words', () => {
    expect(foldToLatin("  EL*C — Parents' Union  ")).toBe('el c parents union');
    expect(foldToLatin('Nemolchi.kz')).toBe('nemolchi kz');
    expect(foldToLatin('')).toBe('');
  });

  it('folds the spellings romanizations disagree on', () => {
    expect(looseWord('kazakhstan')).toBe(looseWord('kazahstan'));
    expect(looseWord('qazaq')).toBe(looseWord('kazak'));
    expect(looseWord('zhanaozen')).toBe(looseWord('janaozen'));
    expect(looseWord('tsentr')).toBe(looseWord('centr'));
    expect(looseWord('baltabayeva')).toBe('baltabaeva');
    expect(looseWord('kazakhstanskyi')).toBe(looseWord('kazakhstanskiy'));
    expect(looseWord('roditelei')).toBe(looseWord('roditeley'));
    expect(looseWord('kassa')).toBe('kasa');
  });

  it('deduplicates entity keys', () => {
    expect(entitySearchKeys('Narodnye Sovety', [{ value: 'Народные Советы' }, { value: 'narodnye sovety' }])).toBe('narodne sovet');
    expect(entitySearchKeys('Feminita', [])).toBe('feminita');
  });

  it('splits a query into at most eight loose terms', () => {
    expect(queryTerms('Народные Советы')).toEqual(['narodne', 'sovet']);
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('!!! ???')).toEqual([]);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});
