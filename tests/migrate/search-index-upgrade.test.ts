// Schema migration 009 rebuilds the contentless name index with prefix indexes. A database created before it must
// come out of the upgrade answering every search it answered before: names as written, aliases, cross-script keys,
// the similar-name lookup over the index's vocabulary, and restricted entities only for viewers who may see them.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actornet-search-upgrade-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const everyone = { kinds: null, first: 20, includeRestricted: true };
const publicOnly = { ...everyone, includeRestricted: false };

async function answers(store: GraphStore) {
  const ids = async (query: string, options = everyone) => (await store.search(query, options)).map((e) => e.id);
  return {
    cyrillicPrefix: await ids('Каз'),
    latinAliasPrefix: await ids('Narod'),
    crossScript: await ids('Kazakhstanskii'),
    twoLetterKey: await ids('Na'),
    event: await ids('Rally 12'),
    restricted: await ids('R.'),
    restrictedHidden: await ids('R.', publicOnly),
    similar: await store.corrections.similarEntityIds(['narodnye', 'sovety'], everyone),
  };
}

describe('upgrading a database to the prefix-indexed name search (migration 009)', () => {
  it('rebuilds the index from the entity rows: every search answers as before', async () => {
    const file = path.join(dir, 'graph.db');
    const store = await openSqliteStore(file);
    await store.bulkLoad(miniBundle, 'loader');
    const before = await answers(store);
    await store.close();
    expect(before.cyrillicPrefix).toContain('puk');
    expect(before.latinAliasPrefix).toEqual(['narodnye-sovety']);
    expect(before.restricted).toContain('activist-r');
    expect(before.restrictedHidden).not.toContain('activist-r');

    const indexSql = (f: string) => {
      const check = new Database(f, { readonly: true });
      try {
        return String(check.prepare(`SELECT sql FROM sqlite_master WHERE name = 'entity_search'`).pluck().get());
      } finally {
        check.close();
      }
    };
    // A new file, bulk loaded, has the prefix indexes from the start.
    expect(indexSql(file)).toContain(`prefix = '2 3 4'`);

    // Make the file look as it did before 009: the index as 001 created it, 009 not yet recorded.
    const db = new Database(file);
    db.exec(`DROP TABLE entity_search_vocab; DROP TABLE entity_search;
      CREATE VIRTUAL TABLE entity_search USING fts5 (names, keys, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
      CREATE VIRTUAL TABLE entity_search_vocab USING fts5vocab (entity_search, 'col');
      INSERT INTO entity_search (rowid, names, keys) SELECT e.rowid,
        e.name || ' ' || coalesce((SELECT group_concat(a.value, ' ') FROM aliases a WHERE a.entity_id = e.id), ''), e.search_keys FROM entities e;
      DELETE FROM schema_migrations WHERE version = 9;`);
    db.close();
    expect(indexSql(file)).not.toContain('prefix');

    const upgraded = await openSqliteStore(file);
    try {
      expect(await answers(upgraded)).toEqual(before);
      expect(indexSql(file)).toContain(`prefix = '2 3 4'`);
    } finally {
      await upgraded.close();
    }
  });
});
