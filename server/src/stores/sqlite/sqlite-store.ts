// The embedded GraphStore: one SQLite file. Reads and writes are synchronous underneath; every write runs in one
// immediate transaction together with its audit events, and every driver failure leaves as a domain error.
import type { Database } from 'better-sqlite3';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { isOrderedRange, overlapsWindow } from '../../domain/dates.ts';
import {
  citationInputSchema,
  edgeFilterSchema,
  edgeInputSchema,
  entityInputSchema,
  entityPatchSchema,
  idSchema,
  reasonSchema,
  sourceInputSchema,
  type CitationInput,
  type EdgeFilter,
  type EdgeInput,
  type EntityInput,
  type EntityPatch,
  type GraphBundle,
  type SourceInput,
} from '../../domain/schemas.ts';
import { entitySearchKeys, searchKey } from '../../domain/search-keys.ts';
import type { Alias, AuditEvent, Citation, Edge, Entity, GraphStats, Path, Source, Subgraph } from '../../domain/types.ts';
import { parseInput } from '../../domain/validate.ts';
import { RELATIONSHIP_TYPES, isRelationshipType, type Stance } from '../../domain/vocabulary.ts';
import type {
  Actor,
  BulkLoadResult,
  GraphRecords,
  GraphStore,
  NeighborhoodQuery,
  PathsQuery,
  SearchOptions,
} from '../../ports/graph-store.ts';
import { bulkLoad } from './bulk-load.ts';
import { toDomainError } from './driver-errors.ts';
import { newAuditId, newId } from './ids.ts';
import { migrate } from './migrate.ts';
import {
  citationParams,
  edgeParams,
  sourceParams,
  toAuditEvent,
  toCitation,
  toEdge,
  toEntity,
  toSource,
  type AuditRow,
  type CitationRow,
  type EdgeRow,
  type EntityRow,
  type SourceRow,
} from './rows.ts';
import { planSearch } from './search.ts';
import { prepareStatements, type Statements } from './statements.ts';
import { expandNeighborhood, findPaths, type Adjacent } from './traversal.ts';

type EntityRecord = Omit<Entity, 'degree' | 'redacted'>;

const statusFor = (stances: Stance[]) => (stances.includes('disputes') ? 'contested' : 'active');

function edgePasses(edge: EdgeRow, filter: EdgeFilter): boolean {
  if (edge.status === 'retracted' && !filter.includeRetracted) return false;
  if (edge.status === 'contested' && !filter.includeContested) return false;
  if (filter.types?.length && !(filter.types as readonly string[]).includes(edge.type)) return false;
  if (filter.confidence?.length && !filter.confidence.includes(edge.confidence)) return false;
  return overlapsWindow(edge.valid_from, edge.valid_to, filter.from, filter.to);
}

function positiveInteger(path: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw ValidationError.field([path], `must be an integer of at least ${min}`);
  return value;
}

export class SqliteGraphStore implements GraphStore {
  private readonly st: Statements;

  constructor(private readonly db: Database) {
    this.st = prepareStatements(db);
  }

  /** Runs `fn`, turning any driver failure into a domain error. */
  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(toDomainError(error));
    }
  }

  /** One write: a single immediate transaction, audit events included. */
  private write<T>(fn: () => T): Promise<T> {
    return this.guard(() => this.db.transaction(fn).immediate());
  }

  private audit(action: string, targetId: string, actor: Actor, before: unknown, after: unknown, at = new Date().toISOString()) {
    this.st.insertAuditEvent.run({
      id: newAuditId(),
      at,
      actor,
      action,
      targetId,
      before: before === undefined || before === null ? null : JSON.stringify(before),
      after: after === undefined || after === null ? null : JSON.stringify(after),
    });
  }

  // ---- reading helpers -------------------------------------------------------------------------------------------

  private aliasesOf(id: string): Alias[] {
    return this.st.aliasesOf.all(id) as Alias[];
  }

  private degreeOf(id: string): number {
    return (this.st.degreeOf.get({ id }) as { degree: number }).degree;
  }

  private entityFromRow(row: EntityRow): Entity {
    return toEntity(row, this.aliasesOf(row.id), this.degreeOf(row.id));
  }

  private loadEntity(id: string): Entity | null {
    const row = this.st.entityById.get(id) as EntityRow | undefined;
    return row ? this.entityFromRow(row) : null;
  }

  private requireEntity(id: string, path: (string | number)[]): Entity {
    const entity = this.loadEntity(id);
    if (!entity) throw new NotFoundError('Entity', id, path);
    return entity;
  }

  private entityRecord(row: EntityRow): EntityRecord {
    const { degree: _degree, ...record } = toEntity(row, this.aliasesOf(row.id), 0);
    return record;
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
    if (rows.length === 0) return [];
    const byEdge = new Map<string, Citation[]>(rows.map((r) => [r.id, []]));
    const citationRows = this.st.citationsOfEdges.all(JSON.stringify(rows.map((r) => r.id))) as CitationRow[];
    for (const c of citationRows) byEdge.get(c.edge_id)?.push(toCitation(c));
    return rows.map((r) => toEdge(r, byEdge.get(r.id) ?? []));
  }

  private exists(statement: 'entityExists' | 'sourceExists' | 'edgeExists', id: string): boolean {
    return this.st[statement].get(id) !== undefined;
  }

  private adjacent(filter: EdgeFilter): Adjacent {
    const touching = this.st.edgesTouching;
    return function* (id: string) {
      for (const row of touching.iterate({ id }) as IterableIterator<EdgeRow>) {
        if (edgePasses(row, filter)) yield row;
      }
    };
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
    this.st.insertEntity.run({
      id: e.id,
      kind: e.kind,
      name: e.name,
      nameKey: searchKey(e.name),
      searchKeys: entitySearchKeys(e.name, e.aliases),
      description: e.description,
      startDate: e.startDate,
      endDate: e.endDate,
      sensitivity: e.sensitivity,
      createdAt: e.createdAt,
      createdBy: e.createdBy,
      updatedAt: e.updatedAt,
      updatedBy: e.updatedBy,
    });
    this.writeAliases(e.id, e.aliases);
    this.writeSearchIndex(e.id, e.name, e.aliases);
  }

  private insertEdgeWithCitations(edge: Edge) {
    this.st.insertEdge.run(edgeParams(edge));
    for (const c of edge.citations) this.st.insertCitation.run(citationParams(c));
  }

  private checkSources(citations: CitationInput[], root: (string | number)[]) {
    citations.forEach((c, i) => {
      if (!this.exists('sourceExists', c.sourceId)) {
        throw ValidationError.field([...root, i, 'sourceId'], `refers to an unknown source: ${c.sourceId}`);
      }
    });
  }

  // ---- lifecycle ---------------------------------------------------------------------------------------------------

  init(): Promise<void> {
    return this.guard(() => {
      migrate(this.db);
    });
  }

  close(): Promise<void> {
    return this.guard(() => {
      if (this.db.open) this.db.close();
    });
  }

  isEmpty(): Promise<boolean> {
    return this.guard(() => Boolean(this.st.isEmpty.pluck().get()));
  }

  // ---- reads -------------------------------------------------------------------------------------------------------

  getEntity(id: string): Promise<Entity | null> {
    return this.guard(() => this.loadEntity(id));
  }

  getEntities(ids: string[]): Promise<Entity[]> {
    return this.guard(() => [...new Set(ids)].flatMap((id) => this.loadEntity(id) ?? []));
  }

  search(query: string, options: SearchOptions): Promise<Entity[]> {
    return this.guard(() => {
      const plan = planSearch(query);
      if (!plan.match || options.first <= 0) return [];
      const filters = {
        kinds: options.kinds?.length ? JSON.stringify(options.kinds) : null,
        includeRestricted: options.includeRestricted ? 1 : 0,
        limit: options.first,
      };
      const exact = this.st.searchExactKey.all({ ...filters, key: plan.exactKey }) as EntityRow[];
      const ranked = this.st.searchFullText.all({ ...filters, match: plan.match }) as (EntityRow & { rank: number })[];
      const candidates = new Map<string, { row: EntityRow; exact: boolean; rank: number }>();
      for (const row of exact) candidates.set(row.id, { row, exact: true, rank: -Infinity });
      for (const row of ranked) if (!candidates.has(row.id)) candidates.set(row.id, { row, exact: false, rank: row.rank });
      return [...candidates.values()]
        .map((c) => ({ ...c, entity: this.entityFromRow(c.row) }))
        .sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank || b.entity.degree - a.entity.degree)
        .slice(0, options.first)
        .map((c) => c.entity);
    });
  }

  neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    return this.guard(() => {
      const filter = parseInput(edgeFilterSchema, query.filter ?? {}, ['filter']);
      const depth = positiveInteger('depth', query.depth, 0);
      const limit = positiveInteger('limit', query.limit, 1);
      // Ids that no longer exist (merged away, say) are skipped rather than failing the whole view.
      const seeds = query.ids.filter((id) => this.exists('entityExists', id));
      const { nodes, truncated } = expandNeighborhood(seeds, depth, limit, this.adjacent(filter));
      const inView = new Set(nodes);
      const edgeRows: EdgeRow[] = [];
      for (const id of nodes) {
        for (const row of this.st.edgesFrom.iterate(id) as IterableIterator<EdgeRow>) {
          if (inView.has(row.to_id) && edgePasses(row, filter)) edgeRows.push(row);
        }
      }
      return {
        nodes: nodes.flatMap((id) => this.loadEntity(id) ?? []),
        edges: this.edgesWithCitations(edgeRows),
        truncated,
      };
    });
  }

  paths(query: PathsQuery): Promise<Path[]> {
    return this.guard(() => {
      const filter = parseInput(edgeFilterSchema, query.filter ?? {}, ['filter']);
      const maxHops = positiveInteger('maxHops', query.maxHops, 1);
      const first = positiveInteger('first', query.first, 1);
      this.requireEntity(query.from, ['from']);
      this.requireEntity(query.to, ['to']);
      const found = findPaths(query.from, query.to, maxHops, first, this.adjacent(filter));
      const entities = new Map<string, Entity>();
      const entity = (id: string) => {
        let e = entities.get(id);
        if (!e) {
          e = this.requireEntity(id, []);
          entities.set(id, e);
        }
        return e;
      };
      return found.map((p) => ({ nodes: p.nodes.map(entity), edges: this.edgesWithCitations(p.edges) }));
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
    return this.guard(() =>
      [...new Set(ids)].flatMap((id) => {
        const row = this.st.sourceById.get(id) as SourceRow | undefined;
        return row ? [toSource(row)] : [];
      }),
    );
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
      const data = parseInput(entityInputSchema, input, ['input']);
      if (data.id && this.exists('entityExists', data.id)) throw new ConflictError(`An entity with id ${data.id} already exists`);
      const at = new Date().toISOString();
      const id = data.id ?? newId('ent');
      this.insertEntity({
        id,
        kind: data.kind,
        name: data.name,
        aliases: data.aliases.map((a) => ({ value: a.value, lang: a.lang })),
        description: data.description,
        startDate: data.startDate,
        endDate: data.endDate,
        sensitivity: data.sensitivity,
        createdAt: at,
        createdBy: actor,
        updatedAt: at,
        updatedBy: actor,
      });
      const entity = this.requireEntity(id, ['input']);
      this.audit('entity.create', id, actor, null, entity, at);
      return entity;
    });
  }

  updateEntity(id: string, patch: EntityPatch, actor: Actor): Promise<Entity> {
    return this.write(() => {
      const data = parseInput(entityPatchSchema, patch, ['input']);
      const before = this.requireEntity(id, ['id']);
      const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
      const next = {
        name: data.name ?? before.name,
        aliases: data.aliases ? data.aliases.map((a) => ({ value: a.value, lang: a.lang })) : before.aliases,
        description: pick(data.description, before.description),
        startDate: pick(data.startDate, before.startDate) ?? null,
        endDate: pick(data.endDate, before.endDate) ?? null,
        sensitivity: data.sensitivity ?? before.sensitivity,
      };
      if (!isOrderedRange(next.startDate, next.endDate)) {
        throw ValidationError.field(['input', data.endDate !== undefined ? 'endDate' : 'startDate'], 'startDate must not come after endDate');
      }
      const at = new Date().toISOString();
      this.st.updateEntity.run({
        id,
        ...next,
        nameKey: searchKey(next.name),
        searchKeys: entitySearchKeys(next.name, next.aliases),
        updatedAt: at,
        updatedBy: actor,
      });
      if (data.aliases) this.writeAliases(id, next.aliases);
      this.writeSearchIndex(id, next.name, next.aliases);
      const after = this.requireEntity(id, ['id']);
      this.audit('entity.update', id, actor, before, after, at);
      return after;
    });
  }

  createSource(input: SourceInput, actor: Actor): Promise<Source> {
    return this.write(() => {
      const data = parseInput(sourceInputSchema, input, ['input']);
      if (data.partOf && !this.exists('sourceExists', data.partOf)) {
        throw ValidationError.field(['input', 'partOf'], `refers to an unknown source: ${data.partOf}`);
      }
      if (data.id && this.exists('sourceExists', data.id)) throw new ConflictError(`A source with id ${data.id} already exists`);
      const at = new Date().toISOString();
      const source: Source = {
        id: data.id ?? newId('src'),
        kind: data.kind,
        title: data.title,
        author: data.author,
        publisher: data.publisher,
        url: data.url,
        publishedAt: data.publishedAt,
        retrievedAt: data.retrievedAt,
        language: data.language,
        sensitivity: data.sensitivity,
        partOf: data.partOf,
        createdAt: at,
        createdBy: actor,
      };
      this.st.insertSource.run(sourceParams(source));
      this.audit('source.create', source.id, actor, null, source, at);
      return source;
    });
  }

  addEdge(input: EdgeInput, actor: Actor): Promise<Edge> {
    return this.write(() => {
      const data = parseInput(edgeInputSchema, input, ['input']);
      if (!this.exists('entityExists', data.from)) throw ValidationError.field(['input', 'from'], `refers to an unknown entity: ${data.from}`);
      if (!this.exists('entityExists', data.to)) throw ValidationError.field(['input', 'to'], `refers to an unknown entity: ${data.to}`);
      if (data.from === data.to && isRelationshipType(data.type) && !RELATIONSHIP_TYPES[data.type].selfLoop) {
        throw ValidationError.field(['input', 'to'], `a ${data.type} relationship cannot join an entity to itself`);
      }
      this.checkSources(data.citations, ['input', 'citations']);
      if (data.id && this.exists('edgeExists', data.id)) throw new ConflictError(`A relationship with id ${data.id} already exists`);
      const at = new Date().toISOString();
      const id = data.id ?? newId('edg');
      const edge: Edge = {
        id,
        type: data.type,
        from: data.from,
        to: data.to,
        validFrom: data.validFrom,
        validTo: data.validTo,
        confidence: data.confidence,
        status: statusFor(data.citations.map((c) => c.stance)),
        note: data.note,
        retractedReason: null,
        citations: data.citations.map((c) => ({
          id: newId('cit'),
          edgeId: id,
          sourceId: c.sourceId,
          locator: c.locator,
          quote: c.quote,
          stance: c.stance,
          addedAt: at,
          addedBy: actor,
        })),
        createdAt: at,
        createdBy: actor,
        updatedAt: at,
        updatedBy: actor,
      };
      this.insertEdgeWithCitations(edge);
      this.audit('edge.add', id, actor, null, edge, at);
      return edge;
    });
  }

  addCitation(edgeId: string, citation: CitationInput, actor: Actor): Promise<Edge> {
    return this.write(() => {
      parseInput(idSchema, edgeId, ['edgeId']);
      const data = parseInput(citationInputSchema, citation, ['citation']);
      const before = this.loadEdge(edgeId);
      if (!before) throw new NotFoundError('Relationship', edgeId, ['edgeId']);
      if (!this.exists('sourceExists', data.sourceId)) {
        throw ValidationError.field(['citation', 'sourceId'], `refers to an unknown source: ${data.sourceId}`);
      }
      const at = new Date().toISOString();
      this.st.insertCitation.run(
        citationParams({ id: newId('cit'), edgeId, sourceId: data.sourceId, locator: data.locator, quote: data.quote, stance: data.stance, addedAt: at, addedBy: actor }),
      );
      const status =
        before.status === 'retracted'
          ? 'retracted'
          : this.st.hasDisputingCitation.pluck().get(edgeId)
            ? 'contested'
            : 'active';
      this.st.setEdgeStatus.run({ id: edgeId, status, retractedReason: before.retractedReason, updatedAt: at, updatedBy: actor });
      const after = this.loadEdge(edgeId) as Edge;
      this.audit('citation.add', edgeId, actor, before, after, at);
      return after;
    });
  }

  retractEdge(id: string, reason: string, actor: Actor): Promise<Edge> {
    return this.write(() => {
      const why = parseInput(reasonSchema, reason, ['reason']);
      const before = this.loadEdge(id);
      if (!before) throw new NotFoundError('Relationship', id, ['id']);
      if (before.status === 'retracted') throw new ConflictError(`Relationship ${id} is already retracted`);
      const at = new Date().toISOString();
      this.st.setEdgeStatus.run({ id, status: 'retracted', retractedReason: why, updatedAt: at, updatedBy: actor });
      const after = this.loadEdge(id) as Edge;
      this.audit('edge.retract', id, actor, before, after, at);
      return after;
    });
  }

  mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<Entity> {
    return this.write(() => {
      if (keepId === mergeId) throw ValidationError.field(['mergeId'], 'must differ from keepId');
      const keep = this.requireEntity(keepId, ['keepId']);
      const merged = this.requireEntity(mergeId, ['mergeId']);
      const at = new Date().toISOString();
      this.st.moveEdgesFrom.run({ keep: keepId, merge: mergeId, at, actor });
      this.st.moveEdgesTo.run({ keep: keepId, merge: mergeId, at, actor });
      // An edge between the two is now a loop on the kept entity: keep it and its evidence, retracted.
      for (const row of this.st.selfLoopsOf.all({ id: keepId }) as EdgeRow[]) {
        const allowed = isRelationshipType(row.type) && RELATIONSHIP_TYPES[row.type].selfLoop;
        if (row.status === 'retracted' || allowed) continue;
        const before = this.loadEdge(row.id);
        this.st.setEdgeStatus.run({ id: row.id, status: 'retracted', retractedReason: 'merged', updatedAt: at, updatedBy: actor });
        this.audit('edge.retract', row.id, actor, before, this.loadEdge(row.id), at);
      }
      const seen = new Set([keep.name.toLowerCase()]);
      const aliases: Alias[] = [];
      for (const alias of [...keep.aliases, { value: merged.name, lang: null }, ...merged.aliases]) {
        if (seen.has(alias.value.toLowerCase())) continue;
        seen.add(alias.value.toLowerCase());
        aliases.push(alias);
      }
      this.st.searchIndexDelete.run(mergeId);
      this.st.deleteAliases.run(mergeId);
      this.st.deleteEntity.run(mergeId);
      this.st.updateEntity.run({
        id: keepId,
        name: keep.name,
        nameKey: searchKey(keep.name),
        searchKeys: entitySearchKeys(keep.name, aliases),
        description: keep.description,
        startDate: keep.startDate,
        endDate: keep.endDate,
        sensitivity: keep.sensitivity,
        updatedAt: at,
        updatedBy: actor,
      });
      this.writeAliases(keepId, aliases);
      this.writeSearchIndex(keepId, keep.name, aliases);
      const after = this.requireEntity(keepId, ['keepId']);
      this.audit('entity.merge', keepId, actor, { kept: keep, merged }, after, at);
      this.audit('entity.merge', mergeId, actor, merged, { mergedInto: keepId }, at);
      return after;
    });
  }

  bulkLoad(bundle: GraphBundle, actor: Actor): Promise<BulkLoadResult> {
    return this.guard(() => bulkLoad(this.db, this.st, bundle, actor));
  }

  // ---- copying between stores --------------------------------------------------------------------------------------

  auditEvents(afterId: string | null, first: number): Promise<AuditEvent[]> {
    return this.guard(() => (this.st.auditEventsAfter.all({ after: afterId, first }) as AuditRow[]).map(toAuditEvent));
  }

  importAuditEvents(events: AuditEvent[]): Promise<void> {
    return this.write(() => {
      for (const e of events) {
        this.st.insertAuditEvent.run({
          id: e.id,
          at: e.at,
          actor: e.actor,
          action: e.action,
          targetId: e.targetId,
          before: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
          after: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
        });
      }
    });
  }

  pageEntities(afterId: string | null, first: number): Promise<EntityRecord[]> {
    return this.guard(() => (this.st.pageEntities.all(afterId ?? '', first) as EntityRow[]).map((r) => this.entityRecord(r)));
  }

  pageSources(afterId: string | null, first: number): Promise<Omit<Source, 'redacted'>[]> {
    return this.guard(() => (this.st.pageSources.all(afterId ?? '', first) as SourceRow[]).map(toSource));
  }

  pageEdges(afterId: string | null, first: number): Promise<Edge[]> {
    return this.guard(() => this.edgesWithCitations(this.st.pageEdges.all(afterId ?? '', first) as EdgeRow[]));
  }

  importRecords(records: GraphRecords): Promise<void> {
    return this.write(() => {
      for (const e of records.entities) this.insertEntity({ ...e, aliases: e.aliases.map((a) => ({ value: a.value, lang: a.lang ?? null })) });
      for (const s of records.sources) this.st.insertSource.run(sourceParams(s));
      for (const edge of records.edges) this.insertEdgeWithCitations(edge);
    });
  }
}
