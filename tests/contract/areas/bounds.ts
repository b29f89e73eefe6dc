// GraphStore contract, bounds. The documented bounds hold on every write that can grow a record, in every store: a relationship has at most
// LIMITS.citations citations however they arrive, and a merge cannot give an entity more than LIMITS.aliases aliases
// (duplicates are dropped first). A refused write leaves the store exactly as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../server/src/domain/schemas.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { citationInput, edgeInput, entityInput, sourceInput } from '../../fixtures/builders.ts';
import { ACTOR, expectValidationError, snapshot, type ContractContext } from '../context.ts';

const aliases = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ value: `${prefix} ${i}`, lang: null }));

export function boundsContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });

  describe('bounds on every write that grows a record', () => {

    async function edgeWithCitations(count: number) {
      const source = await store.createSource(sourceInput({ kind: 'report', title: 'A report' }), ACTOR);
      const a = await store.createEntity(entityInput({ kind: 'organization', name: 'A' }), ACTOR);
      const b = await store.createEntity(entityInput({ kind: 'organization', name: 'B' }), ACTOR);
      const citations = Array.from({ length: count }, (_, i) => ({ sourceId: source.id, locator: `p. ${i + 1}` }));
      const edge = await store.addEdge(edgeInput({ type: 'MEMBER_OF', from: a.id, to: b.id, confidence: 'reported', citations }), ACTOR);
      return { edge, sourceId: source.id };
    }

    it(`lets addCitation fill a relationship up to ${LIMITS.citations} citations and no further`, async () => {
      const { edge, sourceId } = await edgeWithCitations(LIMITS.citations - 1);
      const full = await store.addCitation(edge.id, citationInput({ sourceId, locator: 'last' }), ACTOR);
      expect(full.citations).toHaveLength(LIMITS.citations);
      const before = await snapshot(store);
      await expectValidationError(store.addCitation(edge.id, citationInput({ sourceId, locator: 'one too many' }), ACTOR), ['citation']);
      expect(await snapshot(store)).toEqual(before);
      expect((await store.getEdge(edge.id))?.citations).toHaveLength(LIMITS.citations);
    });

    it('drops duplicate aliases when merging, ignoring case, and never repeats the kept name', async () => {
      const keep = await store.createEntity(
        entityInput({ kind: 'organization', name: 'PUK', aliases: [{ value: 'Parents Union' }, { value: 'ПУК', lang: 'ru' }] }),
        ACTOR,
      );
      const merge = await store.createEntity(
        entityInput({ kind: 'organization', name: 'parents union', aliases: [{ value: 'puk' }, { value: 'Союз родителей', lang: 'ru' }] }),
        ACTOR,
      );
      const kept = await store.mergeEntities(keep.id, merge.id, ACTOR);
      expect(kept.aliases.map((a) => a.value)).toEqual(['Parents Union', 'ПУК', 'Союз родителей']);
    });

    it(`refuses a merge that would leave more than ${LIMITS.aliases} aliases, and counts only distinct ones`, async () => {
      const keep = await store.createEntity(entityInput({ kind: 'person', name: 'Keep', aliases: aliases('name', 30) }), ACTOR);
      // Twenty of these repeat the kept entity's aliases, so the merge leaves 30 + 1 (the name) + 10 = 41.
      const overlapping = await store.createEntity(
        entityInput({ kind: 'person', name: 'Overlap', aliases: [...aliases('NAME', 20), ...aliases('other', 10)] }),
        ACTOR,
      );
      expect((await store.mergeEntities(keep.id, overlapping.id, ACTOR)).aliases).toHaveLength(41);

      const tooMany = await store.createEntity(entityInput({ kind: 'person', name: 'Too many', aliases: aliases('more', 9) }), ACTOR);
      const before = await snapshot(store);
      await expectValidationError(store.mergeEntities(keep.id, tooMany.id, ACTOR), ['mergeId']);
      expect(await snapshot(store)).toEqual(before);
      expect((await store.getEntity(keep.id))?.aliases).toHaveLength(41);
      expect(await store.getEntity(tooMany.id)).not.toBeNull();
    });
  });
}
