// The raw-SQL floor of the canvas reads: the 1-hop and 2-hop neighborhoods as plain SQL on the same SQLite file, with
// no domain, no visibility rule, no GraphQL and no JSON. It reads what the store's walk reads (each level's new
// entities up to the room left, the relationships among the nodes in view up to the same cap, the entity rows with
// their aliases, the relationship rows with their citations), so store / floor shows what the store adds on top of
// the database and HTTP / floor the whole distance to the physical limit.
import Database from 'better-sqlite3';
import { EDGES_PER_NODE } from '../../server/src/stores/sqlite/sqlite-store.ts';

export interface SqlFloor {
  /** One neighborhood read; resolves to the number of nodes found (the same result size the store reports). */
  neighborhood(seed: string, depth: number, limit: number): number;
  close(): void;
}

export function openSqlFloor(file: string): SqlFloor {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('cache_size = -65536');
  const frontier = db.prepare<[string, string]>(
    `SELECT to_id AS id FROM edges WHERE from_id IN (SELECT value FROM json_each(?)) AND status != 'retracted'
     UNION ALL
     SELECT from_id AS id FROM edges WHERE to_id IN (SELECT value FROM json_each(?)) AND status != 'retracted'`,
  );
  const among = db.prepare<[string, string, number]>(
    `SELECT id FROM edges WHERE from_id IN (SELECT value FROM json_each(?)) AND to_id IN (SELECT value FROM json_each(?))
       AND status != 'retracted' LIMIT ?`,
  );
  const entities = db.prepare<[string]>(`SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))`);
  const aliases = db.prepare<[string]>(`SELECT entity_id, value, lang FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?))`);
  const edges = db.prepare<[string]>(`SELECT * FROM edges WHERE id IN (SELECT value FROM json_each(?))`);
  const citations = db.prepare<[string]>(`SELECT * FROM citations WHERE edge_id IN (SELECT value FROM json_each(?))`);
  const read = db.transaction((seed: string, depth: number, limit: number) => {
    const visited = new Set([seed]);
    let level = [seed];
    for (let d = 0; d < depth && level.length > 0 && visited.size < limit; d++) {
      const json = JSON.stringify(level);
      level = [];
      for (const row of frontier.iterate(json, json) as IterableIterator<{ id: string }>) {
        if (visited.has(row.id)) continue;
        visited.add(row.id);
        level.push(row.id);
        if (visited.size >= limit) break;
      }
    }
    const ids = JSON.stringify([...visited]);
    const edgeIds = JSON.stringify((among.all(ids, ids, limit * EDGES_PER_NODE) as { id: string }[]).map((r) => r.id));
    entities.all(ids);
    aliases.all(ids);
    edges.all(edgeIds);
    citations.all(edgeIds);
    return visited.size;
  });
  return {
    neighborhood: (seed, depth, limit) => read(seed, depth, limit),
    close: () => db.close(),
  };
}
