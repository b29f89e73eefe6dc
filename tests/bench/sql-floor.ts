// The raw-SQL floor of the canvas reads: the 1-hop and 2-hop neighborhoods as plain SQL on the same SQLite file, with
// no domain, no visibility rule, no GraphQL and no JSON. It reads what the store's walk reads (each level's new
// entities up to the room left, the relationships among the nodes in view up to the same cap, the entity rows with
// their aliases, the relationship rows, which hold their citations as the canvas carries them), so store / floor shows
// what the store adds on top of the database and HTTP / floor the whole distance to the physical limit. Its one
// liberty: edge rows are read once, while scanning for the relationships among the nodes, and not again by id.
import Database from 'better-sqlite3';
import { EDGES_PER_NODE } from '../../server/src/domain/traversal.ts';

export interface SqlFloor {
  /** One neighborhood read; resolves to the number of nodes found (the same result size the store reports). */
  neighborhood(seed: string, depth: number, limit: number): number;
  close(): void;
}

export function openSqlFloor(file: string): SqlFloor {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Far ends from the covering pair indexes (edges_from_to, edges_to_from), as the store reads them.
  const adjacent = db
    .prepare<[string, string, string]>(
      `SELECT to_id FROM edges WHERE from_id = ? AND status != 'retracted'
       UNION ALL SELECT from_id FROM edges WHERE to_id = ? AND from_id != ? AND status != 'retracted'`,
    )
    .pluck();
  const outDegreeUpTo = db.prepare<[string, number]>(`SELECT count(*) FROM (SELECT 1 FROM edges WHERE from_id = ? LIMIT ?)`).pluck();
  const among = db.prepare<[string, string]>(
    `SELECT e.* FROM json_each(?) f CROSS JOIN edges e ON e.from_id = f.value
     WHERE +e.to_id IN (SELECT value FROM json_each(?)) AND e.status != 'retracted'`,
  );
  const fromTo = db.prepare<[string, string]>(
    `SELECT e.* FROM json_each(?) t CROSS JOIN edges e ON e.from_id = ? AND e.to_id = t.value WHERE e.status != 'retracted'`,
  );
  const entities = db.prepare<[string]>(`SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))`);
  const aliases = db.prepare<[string]>(`SELECT entity_id, value, lang FROM aliases WHERE entity_id IN (SELECT value FROM json_each(?))`);

  const read = db.transaction((seed: string, depth: number, limit: number) => {
    const visited = new Set([seed]);
    let level = [seed];
    for (let d = 0; d < depth && level.length > 0 && visited.size < limit; d++) {
      const next: string[] = [];
      for (const id of level) {
        for (const other of adjacent.iterate(id, id, id) as IterableIterator<string>) {
          if (visited.has(other)) continue;
          visited.add(other);
          next.push(other);
          if (visited.size >= limit) break;
        }
        if (visited.size >= limit) break;
      }
      level = next;
    }
    // Relationships among the nodes in view, up to the store's cap: one scan of the out-edges of ordinary nodes, pair
    // seeks for hubs (more out-edges than nodes in view).
    const nodes = [...visited];
    const ids = JSON.stringify(nodes);
    const cap = limit * EDGES_PER_NODE;
    const scanned: string[] = [];
    const hubs: string[] = [];
    for (const id of nodes) (Number(outDegreeUpTo.get(id, nodes.length + 1)) <= nodes.length ? scanned : hubs).push(id);
    const edgeIds: string[] = [];
    const take = (rows: IterableIterator<{ id: string }>) => {
      for (const row of rows) if (edgeIds.push(row.id) >= cap) return true;
      return false;
    };
    if (!take(among.iterate(JSON.stringify(scanned), ids) as IterableIterator<{ id: string }>)) {
      for (const hub of hubs) if (take(fromTo.iterate(ids, hub) as IterableIterator<{ id: string }>)) break;
    }
    entities.all(ids);
    aliases.all(ids);
    return visited.size;
  });
  return {
    neighborhood: (seed, depth, limit) => read(seed, depth, limit),
    close: () => db.close(),
  };
}
