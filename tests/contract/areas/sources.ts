// GraphStore contract, sources.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../server/src/domain/errors.ts';
import type { GraphStore } from '../../../server/src/ports/graph-store.ts';
import { sourceInput } from '../../fixtures/builders.ts';
import { ACTOR, expectValidationError, ids, snapshot, type ContractContext } from '../context.ts';

export function sourcesContract(ctx: ContractContext): void {
  let store: GraphStore;
  beforeEach(() => {
    store = ctx.store;
  });
  const { source } = ctx;

  describe('sources', () => {
    it('creates, reads and lists sources, matching title, publisher and author case-insensitively', async () => {
      const report = await source({ id: 'report', title: 'Submission on Kazakhstan', publisher: 'Feminita', author: 'EL*C', publishedAt: '2024-02-29', url: 'https://example.org/r' });
      const news = await source({ kind: 'news', title: 'Митинг в Алматы', publisher: 'Vlast.kz', partOf: 'report' });
      const other = await source({ kind: 'court_record', title: 'Defamation judgment', author: 'District court' });
      expect(report).toMatchObject({ id: 'report', kind: 'report', publishedAt: '2024-02-29', url: 'https://example.org/r', partOf: null, createdBy: ACTOR });
      expect(await store.getSource('report')).toEqual(report);
      expect(await store.getSource('nope')).toBeNull();
      expect(ids(await store.getSources(['report', 'nope', news.id]))).toEqual(new Set(['report', news.id]));
      expect((await store.getSource(news.id))?.partOf).toBe('report');

      expect(ids(await store.listSources(null, 50))).toEqual(new Set([report.id, news.id, other.id]));
      expect(ids(await store.listSources('KAZAKHSTAN', 50))).toEqual(new Set([report.id]));
      expect(ids(await store.listSources('vlast', 50))).toEqual(new Set([news.id]));
      expect(ids(await store.listSources('district', 50))).toEqual(new Set([other.id]));
      expect(ids(await store.listSources('митинг', 50))).toEqual(new Set([news.id]));
      expect(await store.listSources(null, 2)).toHaveLength(2);
      expect((await store.history(report.id)).map((e) => e.action)).toEqual(['source.create']);
    });

    it('rejects a source part of an unknown source, writing nothing', async () => {
      const before = await snapshot(store);
      await expectValidationError(store.createSource(sourceInput({ kind: 'news', title: 'X', partOf: 'no-such-source' }), ACTOR), ['input', 'partOf']);
      expect(await snapshot(store)).toEqual(before);
    });

    it('refuses a duplicate explicit source id', async () => {
      await source({ id: 'dup' });
      await expect(source({ id: 'dup' })).rejects.toBeInstanceOf(ConflictError);
    });
  });
}
