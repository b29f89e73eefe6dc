import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../server/src/domain/errors.ts';
import { openNeo4jStore } from '../../server/src/stores/neo4j/index.ts';
import { QueryLoadError, loadQueries, QUERY_NAMES } from '../../server/src/stores/neo4j/load-queries.ts';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('opening the Neo4j store', () => {
  it('fails within seconds, saying so, when no Neo4j listens at the address', async () => {
    const started = Date.now();
    const opening = openNeo4jStore({ uri: 'neo4j://127.0.0.1:1', user: 'neo4j', password: 'password', database: 'neo4j' });
    await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(opening).rejects.toThrow(/^Neo4j at neo4j:\/\/127\.0\.0\.1:1 is not reachable: /);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('loading the Cypher files', () => {
  it('loads one statement per query name the store uses', () => {
    const queries = loadQueries();
    expect(Object.keys(queries).sort()).toEqual([...QUERY_NAMES].sort());
    expect(queries['entity/get-entities'].params).toEqual(['ids']);
    expect(queries['entity/get-entities'].mode).toBe('read');
    expect(queries['entity/get-entities'].statement.startsWith('UNWIND $ids AS id')).toBe(true);
  });

  it('fails the boot naming a missing file and an unknown name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actornet-queries-'));
    try {
      mkdirSync(path.join(dir, 'entity'));
      writeFileSync(path.join(dir, 'entity/find-strays.cypher'), '// @name entity/find-strays\n// @mode read\n// @params\n// returns ids\nMATCH (e:Entity) RETURN e.id AS id\n');
      expect(() => loadQueries(dir)).toThrow(QueryLoadError);
      expect(() => loadQueries(dir)).toThrow(/entity\/find-strays\.cypher: unknown query name "entity\/find-strays"/);
      expect(() => loadQueries(dir)).toThrow(/entity\/get-entities\.cypher: missing file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
