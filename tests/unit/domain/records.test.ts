import { describe, expect, it } from 'vitest';
import {
  applyEntityPatch,
  entityRecordOf,
  mergedAliases,
  newEdgeRecord,
  newEntityRecord,
  newSourceRecord,
  type EntityRecord,
} from '../../../server/src/domain/records.ts';
import { edgeInputSchema, entityInputSchema, entityPatchSchema, sourceInputSchema } from '../../../server/src/domain/schemas.ts';
import { parseInput } from '../../../server/src/domain/validate.ts';
import { issuePath } from './issue-path.ts';

const AT = '2024-05-01T10:00:00.000Z';
const LATER = '2024-05-02T10:00:00.000Z';

const entity = (input: unknown): EntityRecord => newEntityRecord(parseInput(entityInputSchema, input), 'alice', AT);

describe('new records', () => {
  it('keeps a given id, generates a prefixed URL-safe one otherwise, and stamps both audit fields', () => {
    const kept = entity({ id: 'puk', kind: 'organization', name: "Parents' Union", aliases: [{ value: 'PUK' }] });
    expect(kept).toEqual({
      id: 'puk', kind: 'organization', name: "Parents' Union", aliases: [{ value: 'PUK', lang: null }], description: null,
      startDate: null, endDate: null, sensitivity: 'public', createdAt: AT, createdBy: 'alice', updatedAt: AT, updatedBy: 'alice',
    });
    expect(entity({ kind: 'person', name: 'R.' }).id).toMatch(/^ent_[a-z0-9]{16}$/);
    expect(newSourceRecord(parseInput(sourceInputSchema, { kind: 'report', title: 'Submission' }), 'alice', AT)).toMatchObject({
      id: expect.stringMatching(/^src_[a-z0-9]{16}$/), partOf: null, createdAt: AT, createdBy: 'alice',
    });
  });

  it('builds an edge whose citations point at it and whose status follows their stances', () => {
    const input = parseInput(edgeInputSchema, {
      type: 'AFFILIATED_WITH', from: 'a', to: 'b', confidence: 'alleged',
      citations: [{ sourceId: 's1' }, { sourceId: 's2', stance: 'disputes', locator: 'fn. 12' }],
    });
    let n = 0;
    const edge = newEdgeRecord(input, 'alice', AT, () => `cit_${n++}`);
    expect(edge.id).toMatch(/^edg_[a-z0-9]{16}$/);
    expect(edge.status).toBe('contested');
    expect(edge.retractedReason).toBeNull();
    expect(edge.citations).toEqual([
      { id: 'cit_0', edgeId: edge.id, sourceId: 's1', locator: null, quote: null, stance: 'supports', addedAt: AT, addedBy: 'alice' },
      { id: 'cit_1', edgeId: edge.id, sourceId: 's2', locator: 'fn. 12', quote: null, stance: 'disputes', addedAt: AT, addedBy: 'alice' },
    ]);
  });
});

describe('entity changes', () => {
  const before = entity({ id: 'rally', kind: 'event', name: 'Rally', description: 'March rally', startDate: '2022-03-12' });

  it('patches only the keys given, clears on null, and records who and when', () => {
    const next = applyEntityPatch(before, parseInput(entityPatchSchema, { name: 'Rally in Almaty', description: null }), 'bob', LATER, ['input']);
    expect(next).toEqual({ ...before, name: 'Rally in Almaty', description: null, updatedAt: LATER, updatedBy: 'bob' });
  });

  it('rejects a patch that puts the start after the stored end, naming the field it changed', () => {
    const dated = applyEntityPatch(before, parseInput(entityPatchSchema, { endDate: '2022-03-20' }), 'bob', LATER, ['input']);
    expect(issuePath(() => applyEntityPatch(dated, parseInput(entityPatchSchema, { startDate: '2022-04' }), 'bob', LATER, ['input']))).toEqual([
      'input',
      'startDate',
    ]);
  });

  it('drops the read-only fields of an entity read back', () => {
    expect(entityRecordOf({ ...before, degree: 3, redacted: false })).toEqual(before);
  });

  it("merges the other entity's name and aliases in once, ignoring case", () => {
    const keep = entity({ kind: 'organization', name: 'Narodnye Sovety', aliases: [{ value: 'Народные Советы', lang: 'ru' }] });
    const merged = entity({ kind: 'organization', name: "People's Council", aliases: [{ value: 'narodnye sovety' }, { value: 'NS' }] });
    expect(mergedAliases(keep, merged)).toEqual([
      { value: 'Народные Советы', lang: 'ru' },
      { value: "People's Council", lang: null },
      { value: 'NS', lang: null },
    ]);
  });
});
