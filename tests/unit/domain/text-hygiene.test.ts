// Every text field and URL refuses characters that corrupt or disguise what is stored: lone surrogates, NUL and
// other control characters, bidirectional overrides in names, titles and URLs, and required text that is invisible.
import { describe, expect, it } from 'vitest';
import {
  citationInputSchema,
  edgeInputSchema,
  entityInputSchema,
  entityPatchSchema,
  graphBundleSchema,
  reasonSchema,
  sourceInputSchema,
} from '../../../server/src/domain/schemas.ts';
import { textProblem } from '../../../server/src/domain/text-hygiene.ts';
import { MIN_PASSWORD_LENGTH, accountInputSchema } from '../../../server/src/domain/accounts.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import { issuePath } from './issue-path.ts';

const edge = { type: 'MEMBER_OF', from: 'a', to: 'b', confidence: 'reported', citations: [{ sourceId: 'src-1' }] };
const entity = (patch: Record<string, unknown>) => ({ kind: 'person', name: 'R.', ...patch });
const source = (patch: Record<string, unknown>) => ({ kind: 'news', title: 'T', ...patch });

describe('text hygiene', () => {
  it.each([
    ['a lone high surrogate in a name', () => parseInput(entityInputSchema, entity({ name: 'Ann\ud800a' }), ['input']), ['input', 'name']],
    ['a lone low surrogate in a description', () => parseInput(entityInputSchema, entity({ description: 'x\udc00' }), ['input']), ['input', 'description']],
    ['NUL in a name', () => parseInput(entityInputSchema, entity({ name: 'R.\u0000' }), ['input']), ['input', 'name']],
    ['NUL in a description', () => parseInput(entityInputSchema, entity({ description: 'a\u0000b' }), ['input']), ['input', 'description']],
    ['a bell in a note', () => parseInput(edgeInputSchema, { ...edge, note: 'ring\u0007' }, ['input']), ['input', 'note']],
    ['a C1 control in a quote', () => parseInput(citationInputSchema, { sourceId: 's', quote: 'q\u0085q' }, ['citation']), ['citation', 'quote']],
    ['DEL in a locator', () => parseInput(citationInputSchema, { sourceId: 's', locator: 'p.\u007f4' }, ['citation']), ['citation', 'locator']],
    ['a newline in a name', () => parseInput(entityInputSchema, entity({ name: 'two\nlines' }), ['input']), ['input', 'name']],
    ['a tab in a title', () => parseInput(sourceInputSchema, source({ title: 'a\tb' }), ['input']), ['input', 'title']],
    ['a right-to-left override in a name', () => parseInput(entityInputSchema, entity({ name: 'evil\u202egnp.exe' }), ['input']), ['input', 'name']],
    ['an isolate in an alias', () => parseInput(entityInputSchema, entity({ aliases: [{ value: '\u2067x\u2069' }] }), ['input']), ['input', 'aliases', 0, 'value']],
    ['a bidi override in a title', () => parseInput(sourceInputSchema, source({ title: 'T\u202d' }), ['input']), ['input', 'title']],
    ['a bidi override in a URL', () => parseInput(sourceInputSchema, source({ url: 'https://example.org/\u202eabc' }), ['input']), ['input', 'url']],
    ['a name of zero-width characters', () => parseInput(entityInputSchema, entity({ name: '\u200b\u200c\u200d\u2060' }), ['input']), ['input', 'name']],
    ['a name of a soft hyphen and a BOM', () => parseInput(entityInputSchema, entity({ name: '\u00ad\ufeff\u200b' }), ['input']), ['input', 'name']],
    ['a patch name of Hangul fillers', () => parseInput(entityPatchSchema, { name: '\u3164\u3164' }, ['input']), ['input', 'name']],
    ['an alias of zero-width spaces', () => parseInput(entityInputSchema, entity({ aliases: [{ value: '\u200b' }] }), ['input']), ['input', 'aliases', 0, 'value']],
    ['a reason of only invisible marks', () => parseInput(reasonSchema, '\u200e\u200f', ['reason']), ['reason']],
    ['a control character in a bundle row', () => parseInput(graphBundleSchema, { sources: [], entities: [{ id: 'e', ...entity({ name: 'x\u0001' }) }], edges: [] }), ['entities', 0, 'name']],
  ])('refuses %s, naming the field', (_name, run, path) => {
    expect(issuePath(run)).toEqual(path);
  });

  it('keeps newlines and tabs in long text, right-to-left script, and joiners inside real words', () => {
    expect(parseInput(entityInputSchema, entity({ description: 'line one\n\tline two\r\nthree' })).description).toBe('line one\n\tline two\r\nthree');
    expect(parseInput(entityInputSchema, entity({ name: 'فمینیتا' })).name).toBe('فمینیتا');
    expect(parseInput(entityInputSchema, entity({ name: 'क्‍ष' })).name).toBe('क्‍ष');
    expect(parseInput(entityInputSchema, entity({ name: '👩‍👩‍👧' })).name).toBe('👩‍👩‍👧');
    expect(parseInput(edgeInputSchema, { ...edge, note: 'quoted \u2067عربي\u2069 in prose' }).note).toBe('quoted \u2067عربي\u2069 in prose');
  });

  it('says what is wrong', () => {
    expect(textProblem('a\ud800', 'line')).toMatch(/surrogate/);
    expect(textProblem('a\u0000', 'prose')).toMatch(/control character U\+0000/);
    expect(textProblem('a\u202e', 'line')).toMatch(/bidirectional/);
    expect(textProblem('\u200b', 'line')).toMatch(/invisible/);
    expect(textProblem('ok', 'line')).toBeNull();
  });

  it('holds a search query to the rules of a line, except that blank is allowed', () => {
    expect(textProblem('puk\u0000', 'query')).toMatch(/control character U\+0000/);
    expect(textProblem('puk\n', 'query')).toMatch(/control character U\+000A/);
    expect(textProblem('\u2066puk', 'query')).toMatch(/bidirectional/);
    expect(textProblem('\udfffpuk', 'query')).toMatch(/surrogate/);
    expect(textProblem('\u200b', 'query')).toBeNull();
    expect(textProblem('', 'query')).toBeNull();
  });

  it.each([
    ['a lone surrogate, which would be hashed as U+FFFD', 'correct horse\ud800 battery'],
    ['NUL', 'correct horse\u0000battery'],
    ['only invisible characters', '\u200b'.repeat(MIN_PASSWORD_LENGTH)],
  ])('refuses a password with %s', (_name, password) => {
    expect(issuePath(() => parseInput(accountInputSchema, { name: 'ann', role: 'editor', password }, ['input']))).toEqual(['input', 'password']);
  });
});
