// Schema migration 012 keeps each relationship's citations, as the canvas draws them, on the relationship's row. A
// database created before it must come out of the upgrade drawing every citation it had, in the order added, and keep
// drawing the ones added afterwards.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EDGE_FILTER } from '../../server/src/domain/schemas.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { citationInput } from '../fixtures/builders.ts';
import { drawnCitations } from '../fixtures/drawn-citations.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actornet-citation-summary-upgrade-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const query = { ids: ['puk', 'narodnye-sovety'], depth: 2, limit: 50, filter: { ...DEFAULT_EDGE_FILTER, includeRetracted: true } };
const drawn = (store: GraphStore) => drawnCitations(store, query);

describe('upgrading a database to citation summaries on relationship rows (migration 012)', () => {
  it('writes every relationship\'s summary from its citations, and keeps it current afterwards', async () => {
    const file = path.join(dir, 'graph.db');
    const store = await openSqliteStore(file);
    await store.bulkLoad(miniBundle, 'loader');
    await store.addCitation('puk-affiliated-narodnye', citationInput({ sourceId: 'src-footnote-12', stance: 'supports' }), 'editor');
    const before = await drawn(store);
    await store.close();
    expect(before['puk-affiliated-narodnye']?.map((c) => c[2])).toEqual(['supports', 'disputes', 'supports']);

    // Make the file look as it did before 012: no summary column, no triggers, 011's index, 012 not yet recorded.
    const db = new Database(file);
    db.exec(`DROP TRIGGER citation_summary_append; DROP TRIGGER citation_summary_fixed; DROP TRIGGER citation_summary_kept;
      ALTER TABLE edges DROP COLUMN citation_summary;
      CREATE INDEX citations_edge_canvas ON citations (edge_id, stance, source_id, id); DROP INDEX citations_edge;
      DELETE FROM schema_migrations WHERE version = 12;`);
    db.close();

    const upgraded = await openSqliteStore(file);
    try {
      expect(await drawn(upgraded)).toEqual(before);
      await upgraded.addCitation('narodnye-organized-rally', citationInput({ sourceId: 'src-report', stance: 'disputes' }), 'editor');
      const after = await drawn(upgraded);
      expect(after['narodnye-organized-rally']?.map((c) => c[2])).toEqual(['supports', 'disputes']);
    } finally {
      await upgraded.close();
    }
    // Below the store, the schema keeps summaries and citations equal: a citation is never edited or removed.
    const raw = new Database(file);
    try {
      expect(() => raw.prepare(`UPDATE citations SET stance = 'disputes' WHERE edge_id = 'puk-affiliated-narodnye'`).run()).toThrow(/cannot change/);
      expect(() => raw.prepare(`DELETE FROM citations WHERE edge_id = 'narodnye-organized-rally'`).run()).toThrow(/retracted, not deleted/);
      expect(raw.prepare(`UPDATE citations SET retracted_reason = 'Misread' WHERE edge_id = 'puk-affiliated-narodnye'`).run().changes).toBe(3);
    } finally {
      raw.close();
    }
  });
});
