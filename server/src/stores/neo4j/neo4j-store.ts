// The GraphStore on Neo4j 5: every statement is a `.cypher` file run by name. Each port write is one transaction that
// includes its audit events; the rules (references, self-loops, derived status, merge) match the embedded store.
import { bundleIds, checkBundleReferences, referencesOutside, storedIdsOf, type StoredIds } from '../../domain/bundle-references.ts';
import { dateLowerBound, dateUpperBound } from '../../domain/shared/dates.ts';
import { assertRoomForCitation, retractedByMerge, statusAfterCitation } from '../../domain/edge-rules.ts';
import { ValidationError } from '../../domain/errors.ts';
import { newAuditId } from '../../domain/ids.ts';
import { BULK_LOAD_ORIGIN, loadAuditEvents, type LoadOrigin } from '../../domain/load-audit.ts';
import {
  applyEntityPatch,
  mergedEntityRecord,
  newCitationRecord,
  newEdgeRecord,
  newEntityRecord,
  newSourceRecord,
  type EntityRecord,
  type SourceRecord,
} from '../../domain/records.ts';
import type { CitationInput, EdgeFilter, EdgeInput, EntityInput, EntityPatch, GraphBundle, Reason, SourceInput } from '../../domain/schemas.ts';
import { runTraversalAsync, type EdgeEnds, type Lookup, type Reach, type Traversal } from '../../domain/traversal.ts';
import type { AuditEvent, Edge, Entity, GraphStats, Source } from '../../domain/types.ts';
import type { EntityKind } from '../../domain/shared/vocabulary.ts';
import {
  AUDIT_ACTIONS,
  MERGE_RETRACTION_REASON,
  checkCitationWrite,
  checkEdgeWrite,
  checkMergePair,
  checkSourceWrite,
  citationReferences,
  conflict,
  edgeReferences,
  missing,
  sourceReferences,
  type References,
} from '../../domain/write-rules.ts';
import type {
  Actor,
  BulkLoadResult,
  GraphRecords,
  GraphStore,
  SearchOptions,
} from '../../ports/graph-store.ts';
import type { AccountStore } from '../../ports/account-store.ts';
import type { MapStore } from '../../ports/map-store.ts';
import type { AnalysisStore } from '../../ports/analysis-store.ts';
import { integer, pageCursor, type CypherRunner, type CypherTx, type Row } from './cypher-runner.ts';
import { entitySearchQuery } from './fulltext-query.ts';
import { Neo4jMapStore } from './neo4j-map-store.ts';
import { SCHEMA_QUERIES } from './load-queries.ts';
import { Neo4jAccountStore } from './neo4j-account-store.ts';
import { Neo4jAnalysisStore } from './neo4j-analysis-store.ts';
import { Neo4jCorrectionStore } from './neo4j-correction-store.ts';
import {
  auditRow,
  citationRow,
  edgeRow,
  entityProps,
  entityRow,
  sourceProps,
  toAuditEvent,
  toEdge,
  toEntity,
  toEntityRecord,
  toSource,
} from './records.ts';

/** Rows per transaction when loading or copying a large graph. */
export const BATCH_ROWS = 10_000;

function chunks<T>(items: T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The edge filter as Cypher parameters; the date window travels as the outer bounds `overlapsWindow` compares. */
function filterParams(filter: EdgeFilter): Row {
  return {
    types: filter.types?.length ? filter.types : null,
    confidence: filter.confidence?.length ? filter.confidence : null,
    includeContested: filter.includeContested,
    includeRetracted: filter.includeRetracted,
    windowFrom: filter.from ? dateLowerBound(filter.from) : null,
    windowTo: filter.to ? dateUpperBound(filter.to) : null,
  };
}

interface PendingAudit {
  action: string;
  targetId: string;
  actor: Actor;
  before: unknown;
  after: unknown;
  at: string;
}

export class Neo4jGraphStore implements GraphStore {
  private lastSeq = -1;
  readonly accounts: AccountStore;
  readonly corrections: Neo4jCorrectionStore;
  readonly maps: MapStore;
  readonly analysis: AnalysisStore;

  constructor(private readonly cypher: CypherRunner) {
    this.accounts = new Neo4jAccountStore(cypher, (tx, events) => this.audit(tx, events));
    this.corrections = new Neo4jCorrectionStore(cypher, (tx, event) => this.audit(tx, [event]));
    this.maps = new Neo4jMapStore(cypher, (tx, event) => this.audit(tx, [event]));
    this.analysis = new Neo4jAnalysisStore(cypher);
  }

  /** Audit order: strictly increasing within this process and, through the clock, across processes. */
  private nextSeq(): number {
    this.lastSeq = Math.max(this.lastSeq + 1, Date.now() * 1000);
    return this.lastSeq;
  }

  private async audit(tx: CypherTx, events: PendingAudit[]): Promise<void> {
    const rows = events.map((e) =>
      auditRow({ id: newAuditId(), at: e.at, actor: e.actor, action: e.action, targetId: e.targetId, before: e.before ?? null, after: e.after ?? null }, this.nextSeq()),
    );
    await tx.run('bulk/create-audit-events', { rows });
  }

  // ---- reading helpers -------------------------------------------------------------------------------------------

  private async entities(tx: CypherTx, ids: string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    return (await tx.run('entity/get-entities', { ids: [...new Set(ids)] })).map(toEntity);
  }

  private async entity(tx: CypherTx, id: string): Promise<Entity | null> {
    return (await this.entities(tx, [id]))[0] ?? null;
  }

  private async requireEntity(tx: CypherTx, id: string, path: (string | number)[]): Promise<Entity> {
    const found = await this.entity(tx, id);
    if (!found) throw missing.entity(id, path);
    return found;
  }

  /**
   * Takes the write lock on each existing entity of `ids` (in id order, so two writes never wait on each other in a
   * circle) and returns their kinds. Held until the transaction ends: a concurrent merge, update or new relationship
   * on the same entity waits, then reads what this one committed.
   */
  private async lockEntities(tx: CypherTx, ids: string[]): Promise<Map<string, EntityKind>> {
    const rows = await tx.run('entity/lock-entities', { ids: [...new Set(ids)].sort() });
    return new Map(rows.map((r) => [String(r.id), String(r.kind) as EntityKind]));
  }

  /** Takes the write lock on a relationship before its state is read; false when there is no such relationship. */
  private async lockEdge(tx: CypherTx, id: string): Promise<boolean> {
    return (await tx.run('edge/lock-edge', { id })).length > 0;
  }

  /** What the store holds of the ids a write refers to; `entities` are those already locked, with their kinds. */
  private async storedIds(tx: CypherTx, refs: References, entities: Map<string, EntityKind> = new Map()): Promise<StoredIds> {
    const sources = (await this.sources(tx, refs.sources)).map((s) => s.id);
    return storedIdsOf([...entities].map(([id, kind]) => ({ id, kind })), sources);
  }

  private async edges(tx: CypherTx, ids: string[]): Promise<Edge[]> {
    if (ids.length === 0) return [];
    return (await tx.run('edge/get-edges', { ids: [...new Set(ids)] })).map(toEdge);
  }

  private async edge(tx: CypherTx, id: string): Promise<Edge | null> {
    return (await this.edges(tx, [id]))[0] ?? null;
  }

  private async sources(tx: CypherTx, ids: string[]): Promise<Source[]> {
    if (ids.length === 0) return [];
    return (await tx.run('source/get-sources', { ids: [...new Set(ids)] })).map(toSource);
  }

  // ---- writing helpers -------------------------------------------------------------------------------------------

  private async insertEdges(tx: CypherTx, edges: Edge[]): Promise<void> {
    if (edges.length === 0) return;
    const created = (await tx.run('bulk/create-edges', { rows: edges.map(edgeRow) }))[0]?.created;
    if (created !== edges.length) throw new ValidationError('A relationship refers to an unknown entity', [{ path: ['input'], message: 'refers to an unknown entity' }]);
    const citations = edges.flatMap((e) => e.citations.map((c, i) => citationRow(c, e.from, i)));
    await this.insertCitations(tx, citations);
  }

  private async insertCitations(tx: CypherTx, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const created = (await tx.run('bulk/create-citations', { rows }))[0]?.created;
    if (created !== rows.length) throw new ValidationError('A citation refers to an unknown source', [{ path: ['input'], message: 'refers to an unknown source' }]);
  }

  private async setStatus(tx: CypherTx, id: string, status: string, retractedReason: string | null, at: string, actor: Actor) {
    await tx.run('edge/set-edge-status', { id, status, retractedReason, at, actor });
  }

  private replaceEntity(tx: CypherTx, e: EntityRecord): Promise<Row[]> {
    return tx.run('entity/replace-entity', { id: e.id, props: entityProps(e) });
  }

  // ---- lifecycle ---------------------------------------------------------------------------------------------------

  async init(): Promise<void> {
    for (const name of SCHEMA_QUERIES) await this.cypher.schema(name);
    await this.cypher.read((tx) => tx.run('schema/await-indexes'));
    const last = await this.cypher.read((tx) => tx.run('audit/last-seq'));
    this.lastSeq = Math.max(this.lastSeq, Number(last[0]?.seq ?? -1));
  }

  close(): Promise<void> {
    return this.cypher.close();
  }

  /**
   * Marks this database as the target of a copy in progress (`npm run migrate`): the marker stays until
   * finishCopy(), after the last batch has committed, and a server refuses to open a database that still has it.
   */
  async beginCopy(source: string): Promise<void> {
    await this.cypher.write((tx) => tx.run('migration/mark-copy-started', { source, at: new Date().toISOString() }));
  }

  async finishCopy(): Promise<void> {
    await this.cypher.write((tx) => tx.run('migration/mark-copy-finished'));
  }

  /** The copy into this database that never finished, or null. */
  async unfinishedCopy(): Promise<{ source: string; startedAt: string } | null> {
    const rows = await this.cypher.read((tx) => tx.run('migration/find-unfinished-copy'));
    return rows[0] ? { source: String(rows[0].source), startedAt: String(rows[0].startedAt) } : null;
  }

  /** Removes every node and relationship (the schema stays), in batches: the contract tests and `migrate --replace`. */
  async deleteEverything(): Promise<void> {
    for (;;) {
      const rows = await this.cypher.write((tx) => tx.run('graph/delete-batch', { batch: integer(BATCH_ROWS) }));
      if (Number(rows[0]?.deleted ?? 0) === 0) return;
    }
  }

  async isEmpty(): Promise<boolean> {
    const rows = await this.cypher.read((tx) => tx.run('graph/is-empty'));
    return rows[0]?.empty === true;
  }

  // ---- reads -------------------------------------------------------------------------------------------------------

  async getEntity(id: string): Promise<Entity | null> {
    return this.cypher.read((tx) => this.entity(tx, id));
  }

  async getEntities(ids: string[]): Promise<Entity[]> {
    return this.cypher.read((tx) => this.entities(tx, ids));
  }

  async search(query: string, options: SearchOptions): Promise<Entity[]> {
    const plan = entitySearchQuery(query);
    if (!plan.fulltext || options.first <= 0) return [];
    const rows = await this.cypher.read((tx) =>
      tx.run('entity/search-entities', {
        fulltext: plan.fulltext,
        exactKey: plan.exactKey,
        kinds: options.kinds?.length ? options.kinds : null,
        includeRestricted: options.includeRestricted,
        first: integer(options.first),
      }),
    );
    return rows.map(toEntity);
  }

  /**
   * A walk runs in one read transaction; each lookup is one statement with an index entry point, fixed-length
   * one-hop steps and a LIMIT (graph/*.cypher), driven step by step from the walk in domain/traversal.ts.
   */
  async traverse<T>(walk: () => Traversal<T>): Promise<T> {
    return this.cypher.read((tx) => runTraversalAsync(walk(), (l) => this.lookup(tx, l)));
  }

  private async lookup(tx: CypherTx, l: Lookup): Promise<unknown> {
    switch (l.kind) {
      case 'existing': {
        const found = new Set((await tx.run('graph/existing-entities', { ids: l.ids })).map((r) => String(r.id)));
        return l.ids.filter((id) => found.has(id));
      }
      case 'frontier': {
        if (l.ids.length === 0 || l.take <= 0) return [];
        const rows = await tx.run('graph/frontier-neighbors', { ...filterParams(l.filter), frontier: l.ids, exclude: [...l.exclude], take: integer(l.take) });
        return rows.map((r): Reach => ({ from: String(r.from), edgeId: String(r.edgeId), to: String(r.to) }));
      }
      case 'neighbors': {
        if (l.ids.length === 0) return [];
        const rows = await tx.run('graph/neighbor-lists', { ...filterParams(l.filter), ids: l.ids, take: integer(Math.max(1, l.maxRows)) });
        const lists = new Map(rows.map((r) => [String(r.id), (r.neighbors as unknown[]).map(String)]));
        // Each list is capped by the statement; the whole answer is cut to the lookup's bound here.
        let left = l.maxRows;
        return l.ids.map((id) => {
          const list = (lists.get(id) ?? []).slice(0, Math.max(0, left));
          left -= list.length;
          return list;
        });
      }
      case 'degrees': {
        const rows = await tx.run('graph/degree-bounds', { ids: l.ids });
        const degrees = new Map(rows.map((r) => [String(r.id), Number(r.degree)]));
        return l.ids.map((id) => degrees.get(id) ?? 0);
      }
      case 'edgesAmong': {
        if (l.ids.length === 0 || l.take <= 0) return [];
        const rows = await tx.run('graph/edges-among', { ...filterParams(l.filter), ids: l.ids, take: integer(l.take) });
        return rows.map((r): EdgeEnds => ({ id: String(r.id), from: String(r.from), to: String(r.to) }));
      }
      case 'hopEdges': {
        if (l.pairs.length === 0) return [];
        const rows = await tx.run('graph/hop-edges', { ...filterParams(l.filter), pairs: l.pairs });
        const hop = new Map(rows.map((r) => [`${String(r.from)}\u0000${String(r.to)}`, r.edgeId === null || r.edgeId === undefined ? null : String(r.edgeId)]));
        return l.pairs.map(([a, b]) => hop.get(`${a}\u0000${b}`) ?? null);
      }
      case 'entities':
        return this.entities(tx, l.ids);
      // Full records hold their summaries: the canvas's lookup reads what `edges` reads.
      case 'edges':
      case 'edgeSummaries':
        return this.edges(tx, l.ids);
    }
  }

  async getEdge(id: string): Promise<Edge | null> {
    return this.cypher.read((tx) => this.edge(tx, id));
  }

  async getSource(id: string): Promise<Source | null> {
    return (await this.getSources([id]))[0] ?? null;
  }

  async getSources(ids: string[]): Promise<Source[]> {
    return this.cypher.read((tx) => this.sources(tx, ids));
  }

  async listSources(query: string | null, first: number): Promise<Source[]> {
    const q = query?.trim().toLowerCase() || null;
    if (first <= 0) return [];
    const rows = await this.cypher.read((tx) => tx.run('source/list-sources', { query: q, first: integer(first) }));
    return rows.map(toSource);
  }

  async history(id: string): Promise<AuditEvent[]> {
    return (await this.cypher.read((tx) => tx.run('audit/list-history', { targetId: id }))).map(toAuditEvent);
  }

  async stats(): Promise<GraphStats> {
    const row = (await this.cypher.read((tx) => tx.run('graph/count-all')))[0] ?? {};
    return {
      entities: Number(row.entities ?? 0),
      edges: Number(row.edges ?? 0),
      sources: Number(row.sources ?? 0),
      citations: Number(row.citations ?? 0),
    };
  }

  // ---- writes ------------------------------------------------------------------------------------------------------

  // Every write below runs in one transaction function that `executeWrite` may run again after a transient failure:
  // ids, times and audit events are made inside it, so a second run starts from scratch. A write that decides from
  // what it read first takes the write lock on the records it will change (entity/lock-entities, edge/lock-edge), so
  // concurrent writes on one record run one after the other, each reading what the one before committed.

  async createEntity(input: EntityInput, actor: Actor): Promise<Entity> {
    return this.cypher.write(async (tx) => {
      // The uniqueness constraint on Entity.id settles a race between two creations with one id: the second fails.
      if (input.id && (await this.entity(tx, input.id))) throw conflict.entityExists(input.id);
      const record = newEntityRecord(input, actor, new Date().toISOString());
      await tx.run('bulk/create-entities', { rows: [entityRow(record)] });
      const entity = await this.requireEntity(tx, record.id, ['input']);
      await this.audit(tx, [{ action: AUDIT_ACTIONS.entityCreate, targetId: record.id, actor, before: null, after: entity, at: record.createdAt }]);
      return entity;
    });
  }

  async updateEntity(id: string, patch: EntityPatch, actor: Actor): Promise<Entity> {
    return this.cypher.write(async (tx) => {
      if ((await this.lockEntities(tx, [id])).size === 0) throw missing.entity(id, ['id']);
      const before = await this.requireEntity(tx, id, ['id']);
      const next = applyEntityPatch(before, patch, actor, new Date().toISOString(), ['input']);
      await this.replaceEntity(tx, next);
      const after = await this.requireEntity(tx, id, ['id']);
      await this.audit(tx, [{ action: AUDIT_ACTIONS.entityUpdate, targetId: id, actor, before, after, at: next.updatedAt }]);
      return after;
    });
  }

  async createSource(input: SourceInput, actor: Actor): Promise<Source> {
    return this.cypher.write(async (tx) => {
      // Sources are never deleted, so a partOf found stays found; the constraint on Source.id settles an id race.
      checkSourceWrite(input, await this.storedIds(tx, sourceReferences(input)), ['input']);
      if (input.id && (await this.sources(tx, [input.id])).length > 0) throw conflict.sourceExists(input.id);
      const source = newSourceRecord(input, actor, new Date().toISOString());
      await tx.run('bulk/create-sources', { rows: [sourceProps(source)] });
      await this.audit(tx, [{ action: AUDIT_ACTIONS.sourceCreate, targetId: source.id, actor, before: null, after: source, at: source.createdAt }]);
      return source;
    });
  }

  async addEdge(input: EdgeInput, actor: Actor): Promise<Edge> {
    return this.cypher.write(async (tx) => {
      // Locking both ends first means a merge of either end cannot delete it between this check and the write.
      const refs = edgeReferences(input);
      checkEdgeWrite(input, await this.storedIds(tx, refs, await this.lockEntities(tx, refs.entities)), ['input']);
      if (input.id && (await this.edge(tx, input.id))) throw conflict.edgeExists(input.id);
      const edge = newEdgeRecord(input, actor, new Date().toISOString());
      await this.insertEdges(tx, [edge]);
      await this.audit(tx, [{ action: AUDIT_ACTIONS.edgeAdd, targetId: edge.id, actor, before: null, after: edge, at: edge.createdAt }]);
      return edge;
    });
  }

  async addCitation(edgeId: string, citation: CitationInput, actor: Actor): Promise<Edge> {
    return this.cypher.write(async (tx) => {
      // The status and the order number below come from the relationship as it stands once locked: a retraction
      // committed meanwhile is read, and kept, and two citations added at once get consecutive numbers.
      if (!(await this.lockEdge(tx, edgeId))) throw missing.relationship(edgeId, ['edgeId']);
      const before = await this.edge(tx, edgeId);
      if (!before) throw missing.relationship(edgeId, ['edgeId']);
      assertRoomForCitation(before, ['citation']);
      checkCitationWrite(citation, await this.storedIds(tx, citationReferences(citation)), ['citation']);
      const at = new Date().toISOString();
      const added = newCitationRecord(citation, edgeId, actor, at);
      await this.insertCitations(tx, [citationRow(added, before.from, before.citations.length)]);
      await this.setStatus(tx, edgeId, statusAfterCitation(before, citation.stance), before.retractedReason, at, actor);
      const after = (await this.edge(tx, edgeId)) as Edge;
      await this.audit(tx, [{ action: AUDIT_ACTIONS.citationAdd, targetId: edgeId, actor, before, after, at }]);
      return after;
    });
  }

  async retractEdge(id: string, reason: Reason, actor: Actor): Promise<Edge> {
    return this.cypher.write(async (tx) => {
      // Locked before the status is read: of two retractions at once, the second reads "retracted" and conflicts.
      if (!(await this.lockEdge(tx, id))) throw missing.relationship(id, ['id']);
      const before = await this.edge(tx, id);
      if (!before) throw missing.relationship(id, ['id']);
      if (before.status === 'retracted') throw conflict.alreadyRetracted(id);
      const at = new Date().toISOString();
      await this.setStatus(tx, id, 'retracted', reason, at, actor);
      const after = (await this.edge(tx, id)) as Edge;
      await this.audit(tx, [{ action: AUDIT_ACTIONS.edgeRetract, targetId: id, actor, before, after, at }]);
      return after;
    });
  }

  async mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<Entity> {
    checkMergePair(keepId, mergeId);
    return this.cypher.write(async (tx) => {
      // Both entities, then every relationship of the merged one, are locked before anything is read: a relationship
      // added, retracted or cited meanwhile is either committed before the move reads it, or waits and fails to find
      // the merged entity; none is copied stale or deleted with it.
      const locked = await this.lockEntities(tx, [keepId, mergeId]);
      if (!locked.has(keepId)) throw missing.entity(keepId, ['keepId']);
      if (!locked.has(mergeId)) throw missing.entity(mergeId, ['mergeId']);
      await tx.run('edge/lock-edges-of', { id: mergeId });
      const keep = await this.requireEntity(tx, keepId, ['keepId']);
      const merged = await this.requireEntity(tx, mergeId, ['mergeId']);
      const at = new Date().toISOString();
      const events: PendingAudit[] = [];
      const outgoing = (await tx.run('edge/move-outgoing-edges', { mergeId, keepId, at, actor })).map((r) => String(r.id));
      const incoming = (await tx.run('edge/move-incoming-edges', { mergeId, keepId, at, actor })).map((r) => String(r.id));
      // Citations remember where their edge starts, so an edge can be found by id; moved starts must follow.
      if (outgoing.length > 0) await tx.run('citation/set-edge-from', { edgeIds: outgoing, fromId: keepId });
      // An edge between the two is now a loop on the kept entity: keep it and its evidence, retracted.
      const moved = await this.edges(tx, [...outgoing, ...incoming]);
      for (const loop of moved.filter((e) => e.from === keepId && e.to === keepId)) {
        if (!retractedByMerge(loop)) continue;
        await this.setStatus(tx, loop.id, 'retracted', MERGE_RETRACTION_REASON, at, actor);
        events.push({ action: AUDIT_ACTIONS.edgeRetract, targetId: loop.id, actor, before: loop, after: await this.edge(tx, loop.id), at });
      }
      await tx.run('entity/delete-entity', { id: mergeId });
      await this.replaceEntity(tx, mergedEntityRecord(keep, merged, actor, at));
      const after = await this.requireEntity(tx, keepId, ['keepId']);
      events.push({ action: AUDIT_ACTIONS.entityMerge, targetId: keepId, actor, before: { kept: keep, merged }, after, at });
      events.push({ action: AUDIT_ACTIONS.entityMerge, targetId: mergeId, actor, before: merged, after: { mergedInto: keepId }, at });
      await this.audit(tx, events);
      return after;
    });
  }

  async bulkLoad(data: GraphBundle, actor: Actor, origin: LoadOrigin = BULK_LOAD_ORIGIN): Promise<BulkLoadResult> {
    await this.checkBundleReferences(data);
    const at = new Date().toISOString();
    const records: GraphRecords = {
      sources: data.sources.map((s) => newSourceRecord(s, actor, at)),
      entities: data.entities.map((e) => newEntityRecord(e, actor, at)),
      edges: data.edges.map((e) => newEdgeRecord(e, actor, at)),
    };
    const result: BulkLoadResult = {
      entities: records.entities.length,
      sources: records.sources.length,
      edges: records.edges.length,
      citations: records.edges.reduce((n, e) => n + e.citations.length, 0),
    };
    const events = loadAuditEvents(records, data.meta?.name ?? null, origin, actor, at);
    const auditRows = (batch: AuditEvent[]) => ({ rows: batch.map((e) => auditRow(e, this.nextSeq())) });
    const rows = result.entities + result.sources + result.edges + result.citations + events.length;
    if (rows <= BATCH_ROWS) {
      await this.cypher.write(async (tx) => {
        await this.writeRecordsIn(tx, records);
        await tx.run('bulk/create-audit-events', auditRows(events));
      });
    } else {
      // A graph of a million edges does not fit one Neo4j transaction: nodes first, then edges, then their audit
      // events, in batches.
      await this.writeRecords(records);
      for (const batch of chunks(events)) await this.cypher.write((tx) => tx.run('bulk/create-audit-events', auditRows(batch)));
    }
    return result;
  }

  /** Every reference checked against the bundle and then the store, before anything is written. */
  private async checkBundleReferences(data: GraphBundle): Promise<void> {
    const ids = bundleIds(data);
    const outside = referencesOutside(data, ids);
    const [storedEntities, storedSources, held] = await this.cypher.read(async (tx) => [
      await this.entities(tx, outside.entities),
      new Set((await this.sources(tx, outside.sources)).map((s) => s.id)),
      [
        ...(await this.entities(tx, [...ids.entities])).map((e) => `an entity with id ${e.id}`),
        ...(await this.sources(tx, [...ids.sources])).map((s) => `a source with id ${s.id}`),
        ...(await this.edges(tx, data.edges.map((e) => e.id))).map((e) => `a relationship with id ${e.id}`),
      ],
    ] as const);
    if (held.length > 0) throw conflict.storeHolds(held);
    checkBundleReferences(data, ids, storedIdsOf(storedEntities, storedSources));
  }

  /** Writes records inside one transaction: sources, entities, then edges with their citations. */
  private async writeRecordsIn(tx: CypherTx, records: GraphRecords): Promise<void> {
    if (records.sources.length > 0) await tx.run('bulk/create-sources', { rows: records.sources.map(sourceProps) });
    if (records.entities.length > 0) await tx.run('bulk/create-entities', { rows: records.entities.map(entityRow) });
    await this.insertEdges(tx, records.edges);
  }

  /** Writes records in transactions of at most BATCH_ROWS rows each: sources, entities, then edges with citations. */
  private async writeRecords(records: GraphRecords): Promise<void> {
    for (const batch of chunks(records.sources)) await this.cypher.write((tx) => tx.run('bulk/create-sources', { rows: batch.map(sourceProps) }));
    for (const batch of chunks(records.entities)) await this.cypher.write((tx) => tx.run('bulk/create-entities', { rows: batch.map(entityRow) }));
    for (const batch of chunks(records.edges)) await this.cypher.write((tx) => this.insertEdges(tx, batch));
  }

  // ---- copying between stores --------------------------------------------------------------------------------------

  async auditEvents(afterId: string | null, first: number): Promise<AuditEvent[]> {
    const rows = await this.cypher.read((tx) => tx.run('audit/page-events', { afterId, first: integer(first) }));
    return rows.map(toAuditEvent);
  }

  async importAuditEvents(events: AuditEvent[]): Promise<void> {
    return this.cypher.write(async (tx) => {
      if (events.length > 0) await tx.run('bulk/create-audit-events', { rows: events.map((e) => auditRow(e, this.nextSeq())) });
    });
  }

  async pageEntities(afterId: string | null, first: number): Promise<EntityRecord[]> {
    const rows = await this.cypher.read((tx) => tx.run('entity/page-entities', { afterId: pageCursor(afterId), first: integer(first) }));
    return rows.map((r) => toEntityRecord(r.entity as Row));
  }

  async pageSources(afterId: string | null, first: number): Promise<SourceRecord[]> {
    const rows = await this.cypher.read((tx) => tx.run('source/page-sources', { afterId: pageCursor(afterId), first: integer(first) }));
    return rows.map(toSource);
  }

  async pageEdges(afterId: string | null, first: number): Promise<Edge[]> {
    return this.cypher.read(async (tx) => {
      const ids = (await tx.run('edge/page-edges', { afterId: pageCursor(afterId), first: integer(first) })).map((r) => String(r.id));
      return this.edges(tx, ids);
    });
  }

  async importRecords(records: GraphRecords): Promise<void> {
    records.edges.forEach((e, i) => {
      // An edge is found by its citations in this store, and no relationship exists without evidence anyway.
      if (e.citations.length === 0) throw ValidationError.field(['records', 'edges', i, 'citations'], 'a relationship needs at least one citation');
    });
    return this.cypher.write((tx) => this.writeRecordsIn(tx, records));
  }
}
