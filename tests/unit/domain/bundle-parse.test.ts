import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fastEdge, fastEntity, parseGraphBundle, parseImportEdge } from '../../../server/src/domain/bundle-parse.ts';
import { ValidationError } from '../../../server/src/domain/errors.ts';
import { LIMITS, graphBundleSchema, importEdgeSchema } from '../../../server/src/domain/schemas.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import { generateBundle } from '../../bench/generate-graph.ts';

const entitySchema = graphBundleSchema.shape.entities.element;
const edgeSchema = graphBundleSchema.shape.edges.element;
const ABSENT = Symbol('absent');

/** Values every field meets: types, blanks, padding, limits, hidden characters, dates, ids and vocabulary words. */
function valuesFor(limit: number): unknown[] {
  return [
    ABSENT, undefined, null, '', ' ', '  padded  ', 'x'.repeat(limit), 'x'.repeat(limit + 1), ` ${'x'.repeat(limit)} `, 42, true, {}, [],
    'a\u0000b', 'a\tb', 'a\nb', 'a\u202eb', '\u200b', '\u200b\u2800', 'lone \ud800', 'Жанаозен', 'Zhanaozen 2011', '\u00a0x\u00a0',
    '2020', '2020-02', '2020-02-29', '2021-02-29', '2020-13', '20200', '2020-1-1', 'a b', 'a/b', 'a-b_C9', 'é',
    'person', 'event', 'place', 'robot', 'public', 'restricted', 'secret', 'confirmed', 'reported', 'alleged', 'sure',
    'supports', 'disputes', 'neutral', 'active', 'contested', 'retracted', 'MEMBER_OF', 'member_of', 'ABOUT', 'toString', '__proto__', 'constructor',
  ];
}

const withField = (base: Record<string, unknown>, field: string, value: unknown) => {
  const row = { ...base };
  if (value === ABSENT) delete row[field];
  else row[field] = value;
  return row;
};

/** The fast check vouches only for what zod accepts, and then returns exactly what zod returns. */
function agree(fast: (value: unknown) => unknown, schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  const known = fast(value);
  if (!parsed.success) expect(known, JSON.stringify(value)).toBeUndefined();
  else if (known !== undefined) {
    expect(known, JSON.stringify(value)).toStrictEqual(parsed.data);
    expect(Object.keys(known as object)).toEqual(Object.keys(parsed.data as object));
  }
  return known !== undefined;
}

const entity = { id: 'e-1', kind: 'event', name: 'Zhanaozen strike', aliases: [{ value: 'Жанаозен', lang: 'ru' }], description: 'Oil workers.', startDate: '2011-05', endDate: '2011-12-16', sensitivity: 'public' };
const citation = { sourceId: 's-1', locator: 'p. 4', quote: 'They marched.', stance: 'supports' };
const edge = { id: 'r-1', type: 'PARTICIPATED_IN', from: 'e-2', to: 'e-1', validFrom: '2011', validTo: '2011-12', confidence: 'reported', note: 'As reported.', citations: [citation] };

describe('the fast bundle parse', () => {
  it('agrees with the schema on every value of every entity field', () => {
    let vouched = 0;
    const limits: Record<string, number> = { name: LIMITS.name, description: LIMITS.description, id: LIMITS.id };
    for (const field of [...Object.keys(entity), 'extra']) {
      for (const value of valuesFor(limits[field] ?? 10)) if (agree(fastEntity, entitySchema, withField(entity, field, value))) vouched++;
    }
    const aliasCases: unknown[] = [
      [], [{ value: 'x' }], [{ value: ' x ', lang: null }], [{ value: 'x', lang: '' }], [{ value: 'x', lang: 5 }], [{ value: ' ' }], [null], 'x',
      [{ value: 'x'.repeat(LIMITS.alias + 1) }], [{ value: 'x', lang: 'l'.repeat(LIMITS.lang + 1) }], [{ value: 'x', extra: 1 }],
      Array.from({ length: LIMITS.aliases }, (_, i) => ({ value: `a${i}` })), Array.from({ length: LIMITS.aliases + 1 }, (_, i) => ({ value: `a${i}` })),
    ];
    for (const aliases of aliasCases) if (agree(fastEntity, entitySchema, { ...entity, aliases })) vouched++;
    for (const [startDate, endDate] of [['2011', '2010'], ['2011', '2011-01'], ['2011-05', '2011'], ['2011-05-02', '2011-05-01'], [null, '2010']]) {
      if (agree(fastEntity, entitySchema, { ...entity, startDate, endDate })) vouched++;
    }
    for (const value of [null, 'e', [], Object.create({ id: 'e-1' }) as unknown]) agree(fastEntity, entitySchema, value);
    // Not vacuous: the common shapes take the fast path.
    expect(fastEntity(entity)).toBeDefined();
    expect(vouched).toBeGreaterThan(150);
  });

  it('agrees with the schema on every value of every relationship and citation field', () => {
    let vouched = 0;
    const limits: Record<string, number> = { note: LIMITS.note, retractedReason: LIMITS.reason, locator: LIMITS.locator, quote: LIMITS.quote, id: LIMITS.id };
    const importEdge = (value: unknown) => fastEdge(value, false);
    for (const field of [...Object.keys(edge), 'status', 'retractedReason', 'extra']) {
      for (const value of valuesFor(limits[field] ?? 10)) {
        const row = withField(edge, field, value);
        if (agree(fastEdge, edgeSchema, row)) vouched++;
        agree(importEdge, importEdgeSchema, row);
      }
    }
    for (const field of [...Object.keys(citation), 'id', 'retraction', 'extra']) {
      for (const value of valuesFor(limits[field] ?? 10)) if (agree(fastEdge, edgeSchema, { ...edge, citations: [withField(citation, field, value)] })) vouched++;
    }
    const retraction = { reason: 'Misquoted.', at: '2024-05-01T12:00:00.000Z', by: 'editor' };
    const citationLists: unknown[] = [
      [], [null], 'x', [citation, { sourceId: 's-2', stance: 'disputes' }], [{ ...citation, retraction }], [{ ...citation, retraction: { ...retraction, at: 'yesterday' } }],
      Array.from({ length: LIMITS.citations }, () => citation), Array.from({ length: LIMITS.citations + 1 }, () => citation),
    ];
    for (const citations of citationLists) if (agree(fastEdge, edgeSchema, { ...edge, citations })) vouched++;
    for (const status of [ABSENT, undefined, 'active', 'contested', 'retracted', 'gone']) {
      for (const retractedReason of [ABSENT, undefined, null, '', ' ', 'Withdrawn.']) {
        if (agree(fastEdge, edgeSchema, withField(withField(edge, 'status', status), 'retractedReason', retractedReason))) vouched++;
      }
    }
    for (const [validFrom, validTo] of [['2011', '2010'], ['2011', '2011-01'], ['2011-05', '2011'], [null, '2010'], ['2012', null]]) {
      if (agree(fastEdge, edgeSchema, { ...edge, validFrom, validTo })) vouched++;
    }
    expect(fastEdge(edge)).toBeDefined();
    expect(vouched).toBeGreaterThan(200);
  });

  it('parses a generated graph exactly as the schema does', () => {
    const bundle = generateBundle({ entities: 400, edges: 2000, seed: 3 });
    const fast = parseGraphBundle(bundle, ['bundle']);
    expect(fast).toStrictEqual(parseInput(graphBundleSchema, bundle, ['bundle']));
    // The generated shapes take the fast path; a retracted citation or an odd row would go to zod.
    expect(bundle.entities.every((e) => fastEntity(e) !== undefined)).toBe(true);
    expect(bundle.edges.filter((e) => fastEdge(e) !== undefined).length).toBeGreaterThan(1900);
  });

  it('gives exactly the schema errors, messages and field paths for a bad bundle', () => {
    const good = { meta: { name: 'Test', version: 1 }, sources: [{ id: 's-1', kind: 'report', title: 'R' }], entities: [entity, { ...entity, id: 'e-2', kind: 'person' }], edges: [edge] };
    const bad = [
      { ...good, entities: [{ ...entity, name: ' ' }, { ...entity, id: 'e 2' }] },
      { ...good, edges: [{ ...edge, citations: [] }, { ...edge, validTo: '2010' }] },
      { ...good, edges: [{ ...edge, citations: [{ ...citation, sourceId: 'bad id' }] }] },
      { ...good, edges: [{ ...edge, status: 'retracted' }] },
      { ...good, sources: [{ id: 's-1', kind: 'report', title: 'R', url: 'javascript:alert(1)' }] },
      { ...good, meta: { name: 'Test' } },
      { ...good, edges: 'none' },
      null,
    ];
    const errorOf = (parse: () => unknown) => {
      try {
        parse();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return { message: (error as ValidationError).message, issues: (error as ValidationError).issues };
      }
      throw new Error('expected bad input');
    };
    for (const value of bad) {
      expect(errorOf(() => parseGraphBundle(value, ['bundle']))).toEqual(errorOf(() => parseInput(graphBundleSchema, value, ['bundle'])));
    }
    expect(parseGraphBundle(good, ['bundle'])).toStrictEqual(parseInput(graphBundleSchema, good, ['bundle']));
  });

  it('parses an import row as the import schema does, errors included', () => {
    const { id: _id, ...withoutId } = edge;
    expect(parseImportEdge(withoutId)).toStrictEqual(importEdgeSchema.safeParse(withoutId));
    const bad = { ...withoutId, confidence: 'sure' };
    expect(parseImportEdge(bad).error?.issues).toEqual(importEdgeSchema.safeParse(bad).error?.issues);
  });
});
