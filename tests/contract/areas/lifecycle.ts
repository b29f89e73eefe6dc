// GraphStore contract, lifecycle.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { type ContractContext } from '../context.ts';

export function lifecycleContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source } = ctx;

  describe('lifecycle', () => {
    it('starts empty, is not empty once it holds a source, and init() is idempotent', async () => {
      expect(await store.isEmpty()).toBe(true);
      expect(await store.stats()).toEqual({ entities: 0, edges: 0, sources: 0, citations: 0 });
      const s = await source();
      expect(await store.isEmpty()).toBe(false);
      await store.init();
      await store.init();
      expect(await store.getSource(s.id)).toEqual(s);
      expect(await store.isEmpty()).toBe(false);
    });
  });
}
