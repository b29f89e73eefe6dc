// Saved maps on Neo4j: one (:SavedMap) node per map holding the whole map as JSON, written with its audit event in
// one transaction.
import { NotFoundError } from '../../domain/errors.ts';
import type { SavedMap } from '../../domain/maps.ts';
import type { Actor } from '../../ports/graph-store.ts';
import type { MapAction, MapChange, MapStore } from '../../ports/map-store.ts';
import { integer, type CypherRunner, type CypherTx } from './cypher-runner.ts';
import type { PropsOf, SAVED_MAP_KEYS } from './records.ts';

/** The most maps one list returns; a team keeps dozens, not thousands. */
const MAX_LISTED = 1000;

export type AuditWriter = (tx: CypherTx, event: { action: string; targetId: string; actor: Actor; before: unknown; after: unknown; at: string }) => Promise<void>;

const props = (map: SavedMap): PropsOf<typeof SAVED_MAP_KEYS> => ({ id: map.id, title: map.title, owner: map.owner, updatedAt: map.updatedAt, deletedAt: map.deletedAt, doc: JSON.stringify(map) });
const parse = (doc: unknown): SavedMap => JSON.parse(String(doc)) as SavedMap;

export class Neo4jMapStore implements MapStore {
  constructor(
    private readonly cypher: CypherRunner,
    private readonly audit: AuditWriter,
  ) {}

  async listMaps(includeDeleted: boolean): Promise<SavedMap[]> {
    const rows = await this.cypher.read((tx) => tx.run('map/list-maps', { includeDeleted, limit: integer(MAX_LISTED) }));
    return rows.map((r) => parse(r.doc));
  }

  async getMap(id: string): Promise<SavedMap | null> {
    const rows = await this.cypher.read((tx) => tx.run('map/get-map', { id }));
    return rows[0] ? parse(rows[0].doc) : null;
  }

  createMap(record: SavedMap, actor: Actor): Promise<SavedMap> {
    return this.cypher.write(async (tx) => {
      await tx.run('map/create-map', { props: props(record) });
      await this.audit(tx, { action: 'map.create', targetId: record.id, actor, before: null, after: record, at: record.createdAt });
      return record;
    });
  }

  changeMap(id: string, action: MapAction, change: MapChange, actor: Actor): Promise<SavedMap> {
    return this.cypher.write(async (tx) => {
      // Locked before it is read, so two changes at once apply one after the other and neither is lost.
      await tx.run('map/lock-map', { id });
      const rows = await tx.run('map/get-map', { id });
      if (!rows[0]) throw new NotFoundError('Map', id, ['id']);
      const before = parse(rows[0].doc);
      const at = new Date().toISOString();
      const after = change(before, actor, at);
      await tx.run('map/replace-map', { id, props: props(after) });
      await this.audit(tx, { action, targetId: id, actor, before, after, at });
      return after;
    });
  }
}
