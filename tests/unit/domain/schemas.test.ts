import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  citationInputSchema,
  edgeFilterSchema,
  edgeInputSchema,
  entityInputSchema,
  entityPatchSchema,
  graphBundleSchema,
  sourceInputSchema,
} from '../../../server/src/domain/schemas.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import { issuePath } from './issue-path.ts';

const citation = { sourceId: 'src-1' };
const edge = { type: 'MEMBER_OF', from: 'a', to: 'b', confidence: 'reported', citations: [citation] };

describe('input schemas', () => {
  it('fills defaults, trims text and turns empty optional text into null', () => {
    expect(parseInput(entityInputSchema, { kind: 'person', name: '  R.  ', description: '' })).toMatchObject({
      name: 'R.',
      description: null,
      aliases: [],
      sensitivity: 'public',
      startDate: null,
      endDate: null,
    });
    expect(parseInput(citationInputSchema, citation)).toEqual({ sourceId: 'src-1', locator: null, quote: null, stance: 'supports' });
    expect(parseInput(edgeFilterSchema, {})).toEqual({ includeContested: true, includeRetracted: false });
    expect(parseInput(sourceInputSchema, { kind: 'news', title: 'T', url: 'https://example.org/a' })).toMatchObject({ url: 'https://example.org/a', partOf: null });
  });

  it('leaves absent patch keys absent and keeps null as "clear"', () => {
    const patch = parseInput(entityPatchSchema, { description: null });
    expect(patch.description).toBeNull();
    expect('name' in patch && patch.name !== undefined).toBe(false);
    expect(parseInput(entityPatchSchema, {}).startDate).toBeUndefined();
  });

  it.each([
    ['entity kind', entityInputSchema, { kind: 'robot', name: 'X' }, ['input', 'kind']],
    ['entity name too long', entityInputSchema, { kind: 'person', name: 'x'.repeat(LIMITS.name + 1) }, ['input', 'name']],
    ['entity alias empty', entityInputSchema, { kind: 'person', name: 'X', aliases: [{ value: ' ' }] }, ['input', 'aliases', 0, 'value']],
    ['entity date month 13', entityInputSchema, { kind: 'event', name: 'X', startDate: '2022-13' }, ['input', 'startDate']],
    ['entity date 30 February', entityInputSchema, { kind: 'event', name: 'X', endDate: '2022-02-30' }, ['input', 'endDate']],
    ['entity end before start', entityInputSchema, { kind: 'event', name: 'X', startDate: '2022', endDate: '2021' }, ['input', 'endDate']],
    ['entity id with a slash', entityInputSchema, { id: 'a/b', kind: 'person', name: 'X' }, ['input', 'id']],
    ['entity sensitivity', entityInputSchema, { kind: 'person', name: 'X', sensitivity: 'secret' }, ['input', 'sensitivity']],
    ['patch empty name', entityPatchSchema, { name: '' }, ['input', 'name']],
    ['source javascript: URL', sourceInputSchema, { kind: 'news', title: 'T', url: 'javascript:alert(1)' }, ['input', 'url']],
    ['source data: URL', sourceInputSchema, { kind: 'news', title: 'T', url: 'data:text/html,hi' }, ['input', 'url']],
    ['source not a URL', sourceInputSchema, { kind: 'news', title: 'T', url: 'example.org' }, ['input', 'url']],
    ['source kind', sourceInputSchema, { kind: 'tweet', title: 'T' }, ['input', 'kind']],
    ['source title missing', sourceInputSchema, { kind: 'news' }, ['input', 'title']],
    ['edge type', edgeInputSchema, { ...edge, type: 'LOVES' }, ['input', 'type']],
    ['edge without citations', edgeInputSchema, { ...edge, citations: [] }, ['input', 'citations']],
    ['edge confidence', edgeInputSchema, { ...edge, confidence: 'sure' }, ['input', 'confidence']],
    ['edge validTo before validFrom', edgeInputSchema, { ...edge, validFrom: '2022-05', validTo: '2022-04' }, ['input', 'validTo']],
    ['edge citation stance', edgeInputSchema, { ...edge, citations: [{ sourceId: 's', stance: 'neutral' }] }, ['input', 'citations', 0, 'stance']],
    ['edge note too long', edgeInputSchema, { ...edge, note: 'n'.repeat(LIMITS.note + 1) }, ['input', 'note']],
    ['filter window order', edgeFilterSchema, { from: '2023', to: '2022' }, ['input', 'to']],
    ['filter type', edgeFilterSchema, { types: ['MEMBER_OF', 'NOPE'] }, ['input', 'types', 1]],
  ] as const)('names the field for a bad %s', (_case, schema, value, path) => {
    expect(issuePath(() => parseInput(schema, value, ['input']))).toEqual(path);
  });

  it('names nested fields in a bundle', () => {
    const bundle = {
      sources: [{ id: 's', kind: 'report', title: 'R' }],
      entities: [{ id: 'a', kind: 'person', name: 'A' }],
      edges: [{ ...edge, id: 'e', citations: [{ sourceId: 'bad id' }] }],
    };
    expect(issuePath(() => parseInput(graphBundleSchema, bundle, ['bundle']))).toEqual(['bundle', 'edges', 0, 'citations', 0, 'sourceId']);
  });

  it('summarizes every issue in the error message', () => {
    expect(() => parseInput(entityInputSchema, { kind: 'robot', name: '' }, ['input'])).toThrow(/input\.kind: .*; input\.name: /);
  });
});
