// The embedded GraphStore: one SQLite file. Reads and writes are synchronous underneath; every write runs in one
// immediate transaction together with its audit events, and every driver failure leaves as a domain error.
import type { Database } from 'better-sqlite3';
import { overlapsWindow } from '../../domain/shared/dates.ts';
import { storedIdsOf, type StoredIds } from '../../domain/bundle-references.ts';
import { assertRoomForCitation, retractedByMerge, statusAfterCitation } from '../../domain/edge-rules.ts';
import { StoreDamagedError } from '../../domain/errors.ts';
import { newAuditId } from '../../domain/ids.ts';
import type { LoadOrigin } from '../../domain/load-audit.ts';
import {
  applyEntityPatch,
  entityRecordOf,
  mergedEntityRecord,
  newCitationRecord,
  newEdgeRecord,
  newEntityRecord,
  newSourceRecord,
  type EntityRecord,
  type SourceRecord,
} from '../../domain/records.ts';
import type { CitationInput, EdgeFilter, EdgeInput, EntityInput, EntityPatch, GraphBundle, Reason, SourceInput } from '../../domain/schemas.ts';
import { entitySearchKeys, searchKey } from '../../domain/search-keys.ts';
import { runTraversal, type EdgeEnds, type Lookup, type Reach, type Traversal } from '../../domain/traversal.ts';
import type { Alias, AuditEvent, Citation, Edge, EdgeSummary, Entity, GraphStats, Source } from '../../domain/types.ts';
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
  type AuditAction,
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
import { bulkLoad } from './bulk-load.ts';
import { toDomainError } from './driver-errors.ts';
import { SqliteMapStore } from './sqlite-map-store.ts';
import { migrate } from './migrate.ts';
import {
  auditParams,
  citationParams,
  citationSummariesOf,
  entityParams,
  toAuditEvent,
  toCitation,
  toEdge,
  toEntity,
  toSource,
  withCitations,
  type AuditRow,
  type CitationRow,
  type EdgeRow,
  type EntityRow,
  type SourceRow,
} from './rows.ts';
import { SqliteAnalysisStore } from './sqlite-analysis-store.ts';
import { RawRows } from './raw-rows.ts';
import { planSearch } from './search.ts';
import { SqliteAccountStore } from './sqlite-account-store.ts';
import { SqliteCorrectionStore } from './sqlite-correction-store.ts';
import { prepareStatements, type Statements } from './statements.ts';
import type { TopologyIndex } from './topology-index.ts';
import { TopologyKeeper, type TopologyMode } from './topology-keeper.ts';
import { TopologyLookups } from './topology-lookups.ts';

function edgePasses(edge: EdgeRow, filter: EdgeFilter): boolean {
  if (edge.status === 'retracted' && !filter.includeRetracted) return false;
  if (edge.status === 'contested' && !filter.includeContested) return false;
  if (filter.types?.length && !(filter.types as readonly string[]).includes(edge.type)) return false;
  if (filter.confidence?.length && !filter.confidence.includes(edge.confidence)) return false;
  return overlapsWindow(edge.valid_from, edge.valid_to, filter.from, filter.to);
}

export class SqliteGraphStore implements GraphStore {
  private readonly st: Statements;
  readonly accounts: AccountStore;
  readonly corrections: SqliteCorrectionStore;
  readonly maps: MapStore;
  readonly analysis: AnalysisStore;

  /** Set once a read or write meets damaged pages: from then on writes are refused until the file is restored. */
  private damaged: StoreDamagedError | null = null;

  /** The in-memory adjacency index that answers the walks' topology lookups while it is current. */
  readonly topology: TopologyKeeper;
  private readonly topologyLookups: TopologyLookups;
  private readonly rawRows: RawRows;

  constructor(
    private readonly db: Database,
    private readonly release: () => void = () => undefined,
    topology: TopologyMode = 'background',
  ) {
    this.st = prepareStatements(db);
    this.topology = new TopologyKeeper(db, topology);
    this.topologyLookups = new TopologyLookups(db);
    this.rawRows = new RawRows(db);
    this.accounts = new SqliteAccountStore(db);
    this.corrections = new SqliteCorrectionStore(db);
    this.maps = new SqliteMapStore(db, this.st.insertAuditEvent);
    this.analysis = new SqliteAnalysisStore(db);
  }

  /** Runs `fn`, turning any driver failure into a domain error. */
  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      const domain = toDomainError(error);
      if (domain instanceof StoreDamagedError) this.damaged ??= domain;
      return Promise.reject(domain);
    }
  }

  /** One write: a single immediate transaction, audit events included; refused while the file is known damaged. */
  private write<T>(fn: () => T): Promise<T> {
    if (this.damaged) return Promise.reject(this.damaged);
    return this.guard(() => this.db.transaction(fn).immediate());
  }

  private audit(action: AuditAction, targetId: string, actor: Actor, before: unknown, after: unknown, at: string) {
    this.st.insertAuditEvent.run(auditParams({ id: newAuditId(), at, actor, action, targetId, before, after }));
  }

  // ---- reading helpers -------------------------------------------------------------------------------------------

  private aliasesOf(id: string): Alias[] {
    return this.st.aliasesOf.all(id) as Alias[];
  }

  private entityFromRow(row: EntityRow): Entity {
    return toEntity(row, this.aliasesOf(row.id));
  }

  /** The entities with these ids, in the given order, missing ids skipped: two statements for the whole set. */
  private loadEntities(ids: string[]): Entity[] {
    if (ids.length === 0) return [];
    const aliases = new Map<string, Alias[]>();
    for (const a of this.st.aliasesOfEntities.all(JSON.stringify(ids)) as (Alias & { entity_id: string })[]) {
      let list = aliases.get(a.entity_id);
      if (!list) aliases.set(a.entity_id, (list = []));
      list.push({ value: a.value, lang: a.lang });
    }
    const entities = this.rawRows.entities(ids, (id) => aliases.get(id) ?? []);
    return ids.flatMap((id) => {
      const entity = entities.get(id);
      return entity ? [entity] : [];
    });
  }

  private loadEntity(id: string): Entity | null {
    const row = this.st.entityById.get(id) as EntityRow | undefined;
    return row ? this.entityFromRow(row) : null;
  }

  private requireEntity(id: string, path: (string | number)[]): Entity {
    const entity = this.loadEntity(id);
    if (!entity) throw missing.entity(id, path);
    return entity;
  }

  /** What the store holds of the ids a write refers to. */
  private storedIds(refs: References): StoredIds {
    const kind = this.st.entityKind.pluck();
    const entities = refs.entities.flatMap((id) => {
      const found = kind.get(id) as EntityKind | undefined;
      return found ? [{ id, kind: found }] : [];
    });
    return storedIdsOf(entities, refs.sources.filter((id) => this.exists('sourceExists', id)));
  }

  private entityRecord(row: EntityRow): EntityRecord {
    return entityRecordOf(toEntity(row, this.aliasesOf(row.id)));
  }

  private citationsOf(edgeId: string): Citation[] {
    return (this.st.citationsOf.all(edgeId) as CitationRow[]).map(toCitation);
  }

  private loadEdge(id: string): Edge | null {
    const row = this.st.edgeById.get(id) as EdgeRow | undefined;
    return row ? toEdge(row, this.citationsOf(row.id)) : null;
  }

  /** Edges with their citations, fetched in one statement. */
  private edgesWithCitations(rows: EdgeRow[]): Edge[] {
    return rows.length === 0 ? [] : withCitations(rows, this.rawRows.citations(rows.map((r) => r.id)));
  }

  private exists(statement: 'entityExists' | 'sourceExists' | 'edgeExists', id: string): boolean {
    return this.st[statement].get(id) !== undefined;
  }

  // ---- traversal lookups: each answers one bounded lookup of a walk in domain/traversal.ts ---------------------------

  /**
   * The passing edges touching an entity, read only in the columns the filter needs, with the status filter in SQL;
   * full rows are fetched afterwards for the edges a result keeps. Consumers may stop iterating early.
   */
  private *adjacent(id: string, filter: EdgeFilter): Generator<EdgeRow> {
    const params = { retracted: filter.includeRetracted ? 1 : 0, contested: filter.includeContested ? 1 : 0, id };
    for (const row of this.st.adjacentIds.iterate(params) as IterableIterator<EdgeRow>) {
      if (edgePasses(row, filter)) yield row;
    }
  }

  /** The far ends of an entity's passing edges: from the indexes alone when only status filters. */
  private *neighborIdsOf(id: string, filter: EdgeFilter): Generator<string> {
    const statusOnly = !filter.types?.length && !filter.confidence?.length && !filter.from && !filter.to;
    if (!statusOnly) {
      for (const edge of this.adjacent(id, filter)) yield edge.from_id === id ? edge.to_id : edge.from_id;
      return;
    }
    const params = { retracted: filter.includeRetracted ? 1 : 0, contested: filter.includeContested ? 1 : 0, id };
    yield* this.st.pathOutIds.pluck().iterate(params) as IterableIterator<string>;
    yield* this.st.pathInIds.pluck().iterate(params) as IterableIterator<string>;
  }

  private frontier(ids: string[], filter: EdgeFilter, exclude: ReadonlySet<string>, take: number): Reach[] {
    const reached: Reach[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      for (const edge of this.adjacent(id, filter)) {
        const other = edge.from_id === id ? edge.to_id : edge.from_id;
        if (exclude.has(other) || seen.has(other)) continue;
        if (reached.length >= take) return reached;
        seen.add(other);
        reached.push({ edgeId: edge.id, from: id, to: other });
      }
    }
    return reached;
  }

  private neighborLists(ids: string[], filter: EdgeFilter, maxRows: number): string[][] {
    let rows = 0;
    return ids.map((id) => {
      const list: string[] = [];
      if (rows >= maxRows) return list;
      for (const other of this.neighborIdsOf(id, filter)) {
        list.push(other);
        if (++rows >= maxRows) break;
      }
      return list;
    });
  }

  /** Counted under the status filter alone: an upper bound, from the indexes, of what a neighbor list holds. */
  private degreeBounds(ids: string[], filter: EdgeFilter): number[] {
    const degree = this.st.pathDegree.pluck();
    const statuses = { retracted: filter.includeRetracted ? 1 : 0, contested: filter.includeContested ? 1 : 0 };
    return ids.map((id) => Number(degree.get({ ...statuses, id })));
  }

  /**
   * Up to `take` passing edges among `nodes`, keeping their full rows for the `edges` lookup that follows. Each node
   * costs min(out-degree, |nodes|) index steps: the outgoing edges of ordinary nodes are scanned in one statement, a
   * hub has only its (from, to) pairs inside the view looked up.
   */
  private edgesAmong(nodes: string[], filter: EdgeFilter, take: number, rows: Map<string, EdgeRow>): EdgeEnds[] {
    const json = JSON.stringify(nodes);
    const scanned: string[] = [];
    const hubs: string[] = [];
    const outDegree = this.st.outDegreeUpTo.pluck();
    for (const id of nodes) (Number(outDegree.get(id, nodes.length + 1)) <= nodes.length ? scanned : hubs).push(id);
    const found: EdgeEnds[] = [];
    const keep = (row: EdgeRow) => {
      if (!edgePasses(row, filter)) return false;
      rows.set(row.id, row);
      found.push({ id: row.id, from: row.from_id, to: row.to_id });
      return found.length >= take;
    };
    for (const row of this.st.edgesAmong.iterate({ from: JSON.stringify(scanned), to: json }) as IterableIterator<EdgeRow>) if (keep(row)) return found;
    for (const hub of hubs) {
      for (const row of this.st.edgesFromTo.iterate({ from: hub, to: json }) as IterableIterator<EdgeRow>) if (keep(row)) return found;
    }
    return found;
  }

  /** The passing edge with the smallest id between two adjacent entities: the one that stands for a path's hop. */
  private hopEdge(a: string, b: string, filter: EdgeFilter, rows: Map<string, EdgeRow>): string | null {
    const passing = (this.st.edgesBetween.all({ a, b }) as EdgeRow[]).filter((row) => edgePasses(row, filter));
    const best = passing.reduce<EdgeRow | undefined>((min, row) => (!min || row.id < min.id ? row : min), undefined);
    if (best) rows.set(best.id, best);
    return best?.id ?? null;
  }

  /** Edge rows by id, in the given order; rows a lookup of the same walk already read are not read again. */
  private edgeRowsByIds(ids: string[], rows: Map<string, EdgeRow>): EdgeRow[] {
    const unread = ids.filter((id) => !rows.has(id));
    if (unread.length > 0) for (const row of this.st.edgesByIds.all(JSON.stringify(unread)) as EdgeRow[]) rows.set(row.id, row);
    return ids.flatMap((id) => rows.get(id) ?? []);
  }

  /** As `edgeRowsByIds`, with each citation as its summary, which the row itself holds. */
  private edgeSummariesByIds(ids: string[], rows: Map<string, EdgeRow>): EdgeSummary[] {
    return this.edgeRowsByIds(ids, rows).map((row) => toEdge(row, citationSummariesOf(row)));
  }

  private lookup(l: Lookup, rows: Map<string, EdgeRow>): unknown {
    switch (l.kind) {
      case 'existing':
        return l.ids.filter((id) => this.exists('entityExists', id));
      case 'frontier':
        return this.frontier(l.ids, l.filter, l.exclude, l.take);
      case 'neighbors':
        return this.neighborLists(l.ids, l.filter, l.maxRows);
      case 'degrees':
        return this.degreeBounds(l.ids, l.filter);
      case 'edgesAmong':
        return this.edgesAmong(l.ids, l.filter, l.take, rows);
      case 'hopEdges':
        return l.pairs.map(([a, b]) => this.hopEdge(a, b, l.filter, rows));
      case 'entities':
        return this.loadEntities(l.ids);
      case 'edges':
        return this.edgesWithCitations(this.edgeRowsByIds(l.ids, rows));
      case 'edgeSummaries':
        return this.edgeSummariesByIds(l.ids, rows);
    }
  }

  // ---- writing helpers -------------------------------------------------------------------------------------------

  private writeAliases(id: string, aliases: Alias[]) {
    this.st.deleteAliases.run(id);
    for (const a of aliases) this.st.insertAlias.run(id, a.value, a.lang ?? null, searchKey(a.value));
  }

  private writeSearchIndex(id: string, name: string, aliases: Alias[]) {
    this.st.searchIndexDelete.run(id);
    this.st.searchIndexInsert.run({ id, names: [name, ...aliases.map((a) => a.value)].join(' '), keys: entitySearchKeys(name, aliases) });
  }

  private insertEntity(e: EntityRecord) {
    this.st.insertEntity.run(entityParams(e));
    this.writeAliases(e.id, e.aliases);
    this.writeSearchIndex(e.id, e.name, e.aliases);
  }

  private insertEdgeWithCitations(edge: Edge) {
    this.st.insertEdge.run(edge);
    for (const c of edge.citations) this.st.insertCitation.run(citationParams(c));
  }

  /** Counts a live edge into (or, with -1, out of) the degree of each end; a loop's entity changes once. */
  private shiftDegrees(edge: Pick<Edge, 'from' | 'to' | 'status'>, delta: 1 | -1) {
    if (edge.status !== 'retracted') this.st.addDegree.run({ from: edge.from, to: edge.to, delta });
  }

  // ---- lifecycle ---------------------------------------------------------------------------------------------------

  init(): Promise<void> {
    return this.guard(() => {
      migrate(this.db);
    });
  }

  close(): Promise<void> {
    return this.guard(() => {
      this.topology.close();
      if (this.db.open) this.db.close();
      this.release();
    });
  }

  isEmpty(): Promise<boolean> {
    if (this.damaged) return Promise.reject(this.damaged);
    return this.guard(() => Boolean(this.st.isEmpty.pluck().get()));
  }

  // ---- reads -------------------------------------------------------------------------------------------------------

  getEntity(id: string): Promise<Entity | null> {
    return this.guard(() => this.loadEntity(id));
  }

  getEntities(ids: string[]): Promise<Entity[]> {
    return this.guard(() => this.loadEntities([...new Set(ids)]));
  }

  /**
   * Exact key matches first, then the full-text ranking, then degree. The candidates are ordered on their rows (which
   * carry the degree) and only the `first` kept are read as entities with their aliases, not every candidate; one read
   * transaction makes the rows and the entities the same snapshot, so no kept candidate can be missing.
   */
  search(query: string, options: SearchOptions): Promise<Entity[]> {
    return this.guard(() => this.db.transaction(() => this.searchInSnapshot(query, options))());
  }

  private searchInSnapshot(query: string, options: SearchOptions): Entity[] {
    type SearchHit = Pick<EntityRow, 'id' | 'degree'>;
    const plan = planSearch(query);
    if (!plan.match || options.first <= 0) return [];
    const filters = {
      kinds: options.kinds?.length ? JSON.stringify(options.kinds) : null,
      includeRestricted: options.includeRestricted ? 1 : 0,
      limit: options.first,
    };
    const exact = this.st.searchExactKey.all({ ...filters, key: plan.exactKey }) as SearchHit[];
    const fetch = options.first * 4;
    let ranked = this.st.searchTopHits.all({ ...filters, match: plan.match, fetch }) as (SearchHit & { rank: number; hit_count: number })[];
    if (ranked.length < options.first && (ranked[0]?.hit_count ?? fetch) >= fetch) {
      ranked = this.st.searchFullText.all({ ...filters, match: plan.match }) as (SearchHit & { rank: number; hit_count: number })[];
    }
    const candidates = new Map<string, { row: SearchHit; exact: boolean; rank: number }>();
    for (const row of exact) candidates.set(row.id, { row, exact: true, rank: -Infinity });
    for (const row of ranked) if (!candidates.has(row.id)) candidates.set(row.id, { row, exact: false, rank: row.rank });
    const kept = [...candidates.values()]
      .sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank || b.row.degree - a.row.degree)
      .slice(0, options.first);
    return this.loadEntities(kept.map((c) => c.row.id));
  }

  /**
   * A walk runs in one deferred read transaction: every lookup sees the same committed graph. Its topology lookups
   * are answered from the adjacency index when the index was read from this same snapshot, otherwise from SQL; a walk
   * that asks only for rows (relationships by id) never consults the index, so it never causes a build.
   */
  traverse<T>(walk: () => Traversal<T>): Promise<T> {
    return this.guard(() => {
      const rows = new Map<string, EdgeRow>();
      const walkRows = { byId: rows, byNumber: new Map<number, EdgeRow>() };
      let index: TopologyIndex | null | undefined;
      const answer = (l: Lookup) => {
        if (l.kind !== 'entities' && l.kind !== 'edges') {
          if (index === undefined) index = this.topology.current();
          const found = index ? this.topologyLookups.answer(index, l, walkRows) : undefined;
          if (found !== undefined) return found;
        }
        return this.lookup(l, rows);
      };
      const numbering = (filter: EdgeFilter) => {
        if (index === undefined) index = this.topology.current();
        return index ? this.topologyLookups.numbering(index, filter) : null;
      };
      return this.db.transaction(() => runTraversal(walk(), answer, numbering))();
    });
  }

  getEdge(id: string): Promise<Edge | null> {
    return this.guard(() => this.loadEdge(id));
  }

  getSource(id: string): Promise<Source | null> {
    return this.guard(() => {
      const row = this.st.sourceById.get(id) as SourceRow | undefined;
      return row ? toSource(row) : null;
    });
  }

  getSources(ids: string[]): Promise<Source[]> {
    return this.guard(() => {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return [];
      // One statement for the batch, then back into the order asked.
      const rows = new Map((this.st.sourcesByIds.all(JSON.stringify(unique)) as SourceRow[]).map((row) => [row.id, row]));
      return unique.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toSource(row)] : [];
      });
    });
  }

  listSources(query: string | null, first: number): Promise<Source[]> {
    return this.guard(() => {
      const q = query?.trim().toLowerCase() || null;
      return (this.st.listSources.all({ query: q, limit: Math.max(0, first) }) as SourceRow[]).map(toSource);
    });
  }

  history(id: string): Promise<AuditEvent[]> {
    return this.guard(() => (this.st.historyOf.all(id) as AuditRow[]).map(toAuditEvent));
  }

  stats(): Promise<GraphStats> {
    return this.guard(() => ({
      entities: Number(this.st.countEntities.pluck().get()),
      edges: Number(this.st.countLiveEdges.pluck().get()),
      sources: Number(this.st.countSources.pluck().get()),
      citations: Number(this.st.countCitations.pluck().get()),
    }));
  }

  // ---- writes ------------------------------------------------------------------------------------------------------

  createEntity(input: EntityInput, actor: Actor): Promise<Entity> {
    return this.write(() => {
      if (input.id && this.exists('entityExists', input.id)) throw conflict.entityExists(input.id);
      const record = newEntityRecord(input, actor, new Date().toISOString());
      this.insertEntity(record);
      const entity = this.requireEntity(record.id, ['input']);
      this.audit(AUDIT_ACTIONS.entityCreate, record.id, actor, null, entity, record.createdAt);
      return entity;
    });
  }

  updateEntity(id: string, patch: EntityPatch, actor: Actor): Promise<Entity> {
    return this.write(() => {
      const before = this.requireEntity(id, ['id']);
      const next = applyEntityPatch(before, patch, actor, new Date().toISOString(), ['input']);
      this.st.updateEntity.run(entityParams(next));
      if (patch.aliases) this.writeAliases(id, next.aliases);
      this.writeSearchIndex(id, next.name, next.aliases);
      const after = this.requireEntity(id, ['id']);
      this.audit(AUDIT_ACTIONS.entityUpdate, id, actor, before, after, next.updatedAt);
      return after;
    });
  }

  createSource(input: SourceInput, actor: Actor): Promise<Source> {
    return this.write(() => {
      checkSourceWrite(input, this.storedIds(sourceReferences(input)), ['input']);
      if (input.id && this.exists('sourceExists', input.id)) throw conflict.sourceExists(input.id);
      const source = newSourceRecord(input, actor, new Date().toISOString());
      this.st.insertSource.run(source);
      this.audit(AUDIT_ACTIONS.sourceCreate, source.id, actor, null, source, source.createdAt);
      return source;
    });
  }

  addEdge(input: EdgeInput, actor: Actor): Promise<Edge> {
    return this.write(() => {
      checkEdgeWrite(input, this.storedIds(edgeReferences(input)), ['input']);
      if (input.id && this.exists('edgeExists', input.id)) throw conflict.edgeExists(input.id);
      const edge = newEdgeRecord(input, actor, new Date().toISOString());
      this.insertEdgeWithCitations(edge);
      this.shiftDegrees(edge, 1);
      this.audit(AUDIT_ACTIONS.edgeAdd, edge.id, actor, null, edge, edge.createdAt);
      return edge;
    });
  }

  addCitation(edgeId: string, citation: CitationInput, actor: Actor): Promise<Edge> {
    return this.write(() => {
      const before = this.loadEdge(edgeId);
      if (!before) throw missing.relationship(edgeId, ['edgeId']);
      assertRoomForCitation(before, ['citation']);
      checkCitationWrite(citation, this.storedIds(citationReferences(citation)), ['citation']);
      const at = new Date().toISOString();
      this.st.insertCitation.run(citationParams(newCitationRecord(citation, edgeId, actor, at)));
      const status = statusAfterCitation(before, citation.stance);
      this.st.setEdgeStatus.run({ id: edgeId, status, retractedReason: before.retractedReason, updatedAt: at, updatedBy: actor });
      const after = this.loadEdge(edgeId) as Edge;
      this.audit(AUDIT_ACTIONS.citationAdd, edgeId, actor, before, after, at);
      return after;
    });
  }

  retractEdge(id: string, reason: Reason, actor: Actor): Promise<Edge> {
    return this.write(() => {
      const before = this.loadEdge(id);
      if (!before) throw missing.relationship(id, ['id']);
      if (before.status === 'retracted') throw conflict.alreadyRetracted(id);
      const at = new Date().toISOString();
      this.st.setEdgeStatus.run({ id, status: 'retracted', retractedReason: reason, updatedAt: at, updatedBy: actor });
      this.shiftDegrees(before, -1);
      const after = this.loadEdge(id) as Edge;
      this.audit(AUDIT_ACTIONS.edgeRetract, id, actor, before, after, at);
      return after;
    });
  }

  mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<Entity> {
    return this.write(() => {
      checkMergePair(keepId, mergeId);
      const keep = this.requireEntity(keepId, ['keepId']);
      const merged = this.requireEntity(mergeId, ['mergeId']);
      const at = new Date().toISOString();
      this.st.moveEdgesFrom.run({ keep: keepId, merge: mergeId, at, actor });
      this.st.moveEdgesTo.run({ keep: keepId, merge: mergeId, at, actor });
      // An edge between the two is now a loop on the kept entity: keep it and its evidence, retracted.
      for (const row of this.st.selfLoopsOf.all({ id: keepId }) as EdgeRow[]) {
        if (!retractedByMerge(row)) continue;
        const before = this.loadEdge(row.id);
        this.st.setEdgeStatus.run({ id: row.id, status: 'retracted', retractedReason: MERGE_RETRACTION_REASON, updatedAt: at, updatedBy: actor });
        this.audit(AUDIT_ACTIONS.edgeRetract, row.id, actor, before, this.loadEdge(row.id), at);
      }
      // The far ends keep their counts; only the kept entity gains edges and loses the retracted loops.
      this.st.recountDegrees.run(JSON.stringify([keepId]));
      this.st.searchIndexDelete.run(mergeId);
      this.st.deleteAliases.run(mergeId);
      this.st.deleteEntity.run(mergeId);
      const next = mergedEntityRecord(keep, merged, actor, at);
      this.st.updateEntity.run(entityParams(next));
      this.writeAliases(keepId, next.aliases);
      this.writeSearchIndex(keepId, next.name, next.aliases);
      const after = this.requireEntity(keepId, ['keepId']);
      this.audit(AUDIT_ACTIONS.entityMerge, keepId, actor, { kept: keep, merged }, after, at);
      this.audit(AUDIT_ACTIONS.entityMerge, mergeId, actor, merged, { mergedInto: keepId }, at);
      return after;
    });
  }

  bulkLoad(bundle: GraphBundle, actor: Actor, origin?: LoadOrigin): Promise<BulkLoadResult> {
    return this.guard(() => bulkLoad(this.db, this.st, bundle, actor, origin));
  }

  // ---- copying between stores --------------------------------------------------------------------------------------

  auditEvents(afterId: string | null, first: number): Promise<AuditEvent[]> {
    return this.guard(() => (this.st.auditEventsAfter.all({ after: afterId, first }) as AuditRow[]).map(toAuditEvent));
  }

  importAuditEvents(events: AuditEvent[]): Promise<void> {
    return this.write(() => {
      for (const e of events) this.st.insertAuditEvent.run(auditParams(e));
    });
  }

  pageEntities(afterId: string | null, first: number): Promise<EntityRecord[]> {
    return this.guard(() => (this.st.pageEntities.all(afterId ?? '', first) as EntityRow[]).map((r) => this.entityRecord(r)));
  }

  pageSources(afterId: string | null, first: number): Promise<SourceRecord[]> {
    return this.guard(() => (this.st.pageSources.all(afterId ?? '', first) as SourceRow[]).map(toSource));
  }

  pageEdges(afterId: string | null, first: number): Promise<Edge[]> {
    return this.guard(() => this.edgesWithCitations(this.st.pageEdges.all(afterId ?? '', first) as EdgeRow[]));
  }

  importRecords(records: GraphRecords): Promise<void> {
    return this.write(() => {
      for (const e of records.entities) this.insertEntity({ ...e, aliases: e.aliases.map((a) => ({ value: a.value, lang: a.lang ?? null })) });
      for (const s of records.sources) this.st.insertSource.run(s);
      for (const edge of records.edges) this.insertEdgeWithCitations(edge);
      const touched = new Set([...records.entities.map((e) => e.id), ...records.edges.flatMap((e) => [e.from, e.to])]);
      if (touched.size > 0) this.st.recountDegrees.run(JSON.stringify([...touched]));
    });
  }
}
