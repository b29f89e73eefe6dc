import { describe, expect, it } from 'vitest';
import { fuzzyScore, likelyDuplicates, nameLikeness, rankFuzzy } from '../../../server/src/domain/fuzzy-match.ts';
import type { Entity } from '../../../server/src/domain/types.ts';

const entity = (id: string, name: string, kind: Entity['kind'] = 'person', aliases: string[] = [], degree = 0): Entity => ({
  id, kind, name, aliases: aliases.map((value) => ({ value, lang: null })), description: null, startDate: null, endDate: null,
  sensitivity: 'public', degree, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '',
});

describe('fuzzy matching over search keys', () => {
  it('takes the same name in Latin and Cyrillic, in either word order, as the same', () => {
    expect(nameLikeness(entity('a', 'Bagilya Baltabayeva'), entity('b', 'Багила Балтабаева'))).toBe(1);
    expect(nameLikeness(entity('a', 'Baltabayeva Bagilya'), entity('b', 'Bagilya Baltabayeva'))).toBe(1);
  });

  it('offers close names as duplicates, never the entity itself, and not a different name', () => {
    const subject = entity('a', 'Bagilya Baltabayeva');
    const found = likelyDuplicates(subject, [subject, entity('b', 'Багила Балтабаева'), entity('c', 'Dina Tansari'), entity('d', 'Bagila Baltabaeva')]);
    expect(found.map((e) => e.id).sort()).toEqual(['b', 'd']);
  });

  it('scores typos high and unrelated words low', () => {
    expect(fuzzyScore('Akimt', entity('a', 'Akimat', 'organization')).score).toBeGreaterThanOrEqual(0.7);
    expect(fuzzyScore('Narodnie Soviety', entity('a', 'Narodnye Sovety', 'organization')).score).toBeGreaterThanOrEqual(0.7);
    expect(fuzzyScore('Akimt', entity('a', 'Feminita', 'organization')).score).toBeLessThan(0.7);
  });

  it('ranks a name that is just the query above a long name that mentions it', () => {
    const claim = entity('c', 'The PUK is affiliated with Narodnye Sovety', 'claim', [], 9);
    const org = entity('o', 'Narodnye Sovety', 'organization', [], 1);
    expect(rankFuzzy('Narodnie Soviety', [claim, org]).map((e) => e.id)).toEqual(['o', 'c']);
  });
});
