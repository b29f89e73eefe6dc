// The GraphStore on Neo4j 5: every statement is a `.cypher` file run by name. Each port write is one transaction that
// includes its audit events; the rules (references, self-loops, derived status, merge) match the embedded store.
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { dateLowerBound, dateUpperBound, isOrderedRange } from '../../domain/dates.ts';
import {
  citationInputSchema,
  edgeFilterSchema,
  edgeInputSchema,
  entityInputSchema,
  entityPatchSchema,
  graphBundleSchema,
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
import { newAuditId, newId } from '../sqlite/ids.ts';
import { integer, type CypherRunner, type CypherTx, type Row } from './cypher-runner.ts';
import { entitySearchQuery } from './fulltext-query.ts';
import { SCHEMA_QUERIES } from './load-queries.ts';
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
  type EntityRecord,
  type SourceRecord,
} from './records.ts';

/** Rows per transaction when loading or copying a large graph. */
export const BATCH_ROWS = 10_000;
/** The id every bulk-load audit event targets: the graph as a whole (as in the embedded store). */
const GRAPH_AUDIT_TARGET = 'graph';

const statusFor = (stances: Stance[]) => (stances.includes('disputes') ? 'contested' : 'active');

function chunks<T>(items: T[], size = BATCH_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function positiveInteger(path: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw ValidationError.field([path], `must be an integer of at least ${min}`);
  return value;
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

  constructor(private readonly cypher: CypherRunner) {}

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
    if (!found) throw new NotFoundError('Entity', id, path);
    return found;
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

  private async missingSources(tx: CypherTx, ids: string[]): Promise<Set<string>> {
    const found = new Set((await this.sources(tx, ids)).map((s) => s.id));
    return new Set(ids.filter((id) => !found.has(id)));
  }

  private async checkSources(tx: CypherTx, citations: { sourceId: string }[], root: (string | number)[]): Promise<void> {
    const missing = await this.missingSources(tx, citations.map((c) => c.sourceId));
    citations.forEach((c, i) => {
      if (missing.has(c.sourceId)) throw ValidationError.field([...root, i, 'sourceId'], `refers to an unknown source: ${c.sourceId}`);
    });
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

  /** Removes every node and relationship (the schema stays), in batches. Only the Neo4j contract tests call this. */
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

  async neighborhood(query: NeighborhoodQuery): Promise<Subgraph> {
    const filter = parseInput(edgeFilterSchema, query.filter ?? {}, ['filter']);
    const depth = positiveInteger('depth', query.depth, 0);
    const limit = positiveInteger('limit', query.limit, 1);
    const params = filterParams(filter);
    return this.cypher.read(async (tx) => {
      // Ids that no longer exist (merged away, say) are skipped rather than failing the whole view.
      const seeds = (await this.entities(tx, query.ids)).map((e) => e.id);
      const visited = seeds.slice(0, limit);
      let truncated = seeds.length > limit;
      let frontier = visited;
      // Level by level, each level asking for no more than the room left plus one (to know whether more was there).
      for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
        const room = limit - visited.length;
        const rows = await tx.run('graph/expand-neighbors', { ...params, frontier, visited, take: integer(room + 1) });
        const next = rows.map((r) => String(r.id));
        if (next.length > room) truncated = true;
        frontier = next.slice(0, room);
        visited.push(...frontier);
      }
      const nodes = await this.entities(tx, visited);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const edges = (await tx.run('graph/edges-among', { ...params, ids: visited })).map(toEdge);
      return { nodes: visited.flatMap((id) => byId.get(id) ?? []), edges, truncated };
    });
  }

  async paths(query: PathsQuery): Promise<Path[]> {
    const filter = parseInput(edgeFilterSchema, query.filter ?? {}, ['filter']);
    const maxHops = positiveInteger('maxHops', query.maxHops, 1);
    const first = positiveInteger('first', query.first, 1);
    const params = filterParams(filter);
    return this.cypher.read(async (tx) => {
      await this.requireEntity(tx, query.from, ['from']);
      await this.requireEntity(tx, query.to, ['to']);
      if (query.from === query.to) return [];
      const rows = await tx.run('graph/find-paths', {
        ...params,
        from: query.from,
        to: query.to,
        maxHops: integer(Math.min(maxHops, 6)),
        first: integer(first),
      });
      const nodePaths = rows.map((r) => (r.nodeIds as unknown[]).map(String));
      const onPaths = [...new Set(nodePaths.flat())];
      const entities = new Map((await this.entities(tx, onPaths)).map((e) => [e.id, e]));
      // Where parallel edges join two nodes, the smallest id stands for the hop (as in the embedded store).
      const hop = new Map<string, Edge>();
      for (const edge of (await tx.run('graph/edges-among', { ...params, ids: onPaths })).map(toEdge)) {
        for (const key of [`${edge.from}\u0000${edge.to}`, `${edge.to}\u0000${edge.from}`]) {
          const current = hop.get(key);
          if (!current || edge.id < current.id) hop.set(key, edge);
        }
      }
      return nodePaths.map((ids) => ({
        nodes: ids.flatMap((id) => entities.get(id) ?? []),
        edges: ids.slice(1).flatMap((id, i) => hop.get(`${ids[i]}\u0000${id}`) ?? []),
      }));
    });
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

  async createEntity(input: EntityInput, actor: Actor): Promise<Entity> {
    const data = parseInput(entityInputSchema, input, ['input']);
    return this.cypher.write(async (tx) => {
      if (data.id && (await this.entity(tx, data.id))) throw new ConflictError(`An entity with id ${data.id} already exists`);
      const at = new Date().toISOString();
      const id = data.id ?? newId('ent');
      const record: EntityRecord = {
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
      };
      await tx.run('bulk/create-entities', { rows: [entityRow(record)] });
      const entity = await this.requireEntity(tx, id, ['input']);
      await this.audit(tx, [{ action: 'entity.create', targetId: id, actor, before: null, after: entity, at }]);
      return entity;
    });
  }

  async updateEntity(id: string, patch: EntityPatch, actor: Actor): Promise<Entity> {
    const data = parseInput(entityPatchSchema, patch, ['input']);
    return this.cypher.write(async (tx) => {
      const before = await this.requireEntity(tx, id, ['id']);
      const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
      const next: EntityRecord = {
        ...before,
        name: data.name ?? before.name,
        aliases: data.aliases ? data.aliases.map((a) => ({ value: a.value, lang: a.lang })) : before.aliases,
        description: pick(data.description, before.description),
        startDate: pick(data.startDate, before.startDate) ?? null,
        endDate: pick(data.endDate, before.endDate) ?? null,
        sensitivity: data.sensitivity ?? before.sensitivity,
        updatedAt: new Date().toISOString(),
        updatedBy: actor,
      };
      if (!isOrderedRange(next.startDate, next.endDate)) {
        throw ValidationError.field(['input', data.endDate !== undefined ? 'endDate' : 'startDate'], 'startDate must not come after endDate');
      }
      const { degree: _degree, redacted: _redacted, ...record } = next as Entity;
      await this.replaceEntity(tx, record);
      const after = await this.requireEntity(tx, id, ['id']);
      await this.audit(tx, [{ action: 'entity.update', targetId: id, actor, before, after, at: next.updatedAt }]);
      return after;
    });
  }

  async createSource(input: SourceInput, actor: Actor): Promise<Source> {
    const data = parseInput(sourceInputSchema, input, ['input']);
    return this.cypher.write(async (tx) => {
      if (data.partOf && (await this.sources(tx, [data.partOf])).length === 0) {
        throw ValidationError.field(['input', 'partOf'], `refers to an unknown source: ${data.partOf}`);
      }
      if (data.id && (await this.sources(tx, [data.id])).length > 0) throw new ConflictError(`A source with id ${data.id} already exists`);
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
      await tx.run('bulk/create-sources', { rows: [sourceProps(source)] });
      await this.audit(tx, [{ action: 'source.create', targetId: source.id, actor, before: null, after: source, at }]);
      return source;
    });
  }

  async addEdge(input: EdgeInput, actor: Actor): Promise<Edge> {
    const data = parseInput(edgeInputSchema, input, ['input']);
    return this.cypher.write(async (tx) => {
      const known = new Set((await this.entities(tx, [data.from, data.to])).map((e) => e.id));
      if (!known.has(data.from)) throw ValidationError.field(['input', 'from'], `refers to an unknown entity: ${data.from}`);
      if (!known.has(data.to)) throw ValidationError.field(['input', 'to'], `refers to an unknown entity: ${data.to}`);
      if (data.from === data.to && isRelationshipType(data.type) && !RELATIONSHIP_TYPES[data.type].selfLoop) {
        throw ValidationError.field(['input', 'to'], `a ${data.type} relationship cannot join an entity to itself`);
      }
      await this.checkSources(tx, data.citations, ['input', 'citations']);
      if (data.id && (await this.edge(tx, data.id))) throw new ConflictError(`A relationship with id ${data.id} already exists`);
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
      await this.insertEdges(tx, [edge]);
      await this.audit(tx, [{ action: 'edge.add', targetId: id, actor, before: null, after: edge, at }]);
      return edge;
    });
  }

  async addCitation(edgeId: string, citation: CitationInput, actor: Actor): Promise<Edge> {
    parseInput(idSchema, edgeId, ['edgeId']);
    const data = parseInput(citationInputSchema, citation, ['citation']);
    return this.cypher.write(async (tx) => {
      const before = await this.edge(tx, edgeId);
      if (!before) throw new NotFoundError('Relationship', edgeId, ['edgeId']);
      if ((await this.missingSources(tx, [data.sourceId])).size > 0) {
        throw ValidationError.field(['citation', 'sourceId'], `refers to an unknown source: ${data.sourceId}`);
      }
      const at = new Date().toISOString();
      const added: Citation = { id: newId('cit'), edgeId, sourceId: data.sourceId, locator: data.locator, quote: data.quote, stance: data.stance, addedAt: at, addedBy: actor };
      await this.insertCitations(tx, [citationRow(added, before.from, before.citations.length)]);
      const status =
        before.status === 'retracted' ? 'retracted' : statusFor([...before.citations.map((c) => c.stance), data.stance]);
      await this.setStatus(tx, edgeId, status, before.retractedReason, at, actor);
      const after = (await this.edge(tx, edgeId)) as Edge;
      await this.audit(tx, [{ action: 'citation.add', targetId: edgeId, actor, before, after, at }]);
      return after;
    });
  }

  async retractEdge(id: string, reason: string, actor: Actor): Promise<Edge> {
    const why = parseInput(reasonSchema, reason, ['reason']);
    return this.cypher.write(async (tx) => {
      const before = await this.edge(tx, id);
      if (!before) throw new NotFoundError('Relationship', id, ['id']);
      if (before.status === 'retracted') throw new ConflictError(`Relationship ${id} is already retracted`);
      const at = new Date().toISOString();
      await this.setStatus(tx, id, 'retracted', why, at, actor);
      const after = (await this.edge(tx, id)) as Edge;
      await this.audit(tx, [{ action: 'edge.retract', targetId: id, actor, before, after, at }]);
      return after;
    });
  }

  async mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<Entity> {
    if (keepId === mergeId) throw ValidationError.field(['mergeId'], 'must differ from keepId');
    return this.cypher.write(async (tx) => {
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
        const allowed = isRelationshipType(loop.type) && RELATIONSHIP_TYPES[loop.type].selfLoop;
        if (loop.status === 'retracted' || allowed) continue;
        await this.setStatus(tx, loop.id, 'retracted', 'merged', at, actor);
        events.push({ action: 'edge.retract', targetId: loop.id, actor, before: loop, after: await this.edge(tx, loop.id), at });
      }
      const seen = new Set([keep.name.toLowerCase()]);
      const aliases: Alias[] = [];
      for (const alias of [...keep.aliases, { value: merged.name, lang: null }, ...merged.aliases]) {
        if (seen.has(alias.value.toLowerCase())) continue;
        seen.add(alias.value.toLowerCase());
        aliases.push(alias);
      }
      await tx.run('entity/delete-entity', { id: mergeId });
      const { degree: _degree, redacted: _redacted, ...keepRecord } = keep;
      await this.replaceEntity(tx, { ...keepRecord, aliases, updatedAt: at, updatedBy: actor });
      const after = await this.requireEntity(tx, keepId, ['keepId']);
      events.push({ action: 'entity.merge', targetId: keepId, actor, before: { kept: keep, merged }, after, at });
      events.push({ action: 'entity.merge', targetId: mergeId, actor, before: merged, after: { mergedInto: keepId }, at });
      await this.audit(tx, events);
      return after;
    });
  }

  async bulkLoad(bundle: GraphBundle, actor: Actor): Promise<BulkLoadResult> {
    const data = parseInput(graphBundleSchema, bundle, ['bundle']);
    await this.checkBundleReferences(data);
    const at = new Date().toISOString();
    const records: GraphRecords = {
      sources: data.sources.map((s) => ({ ...s, createdAt: at, createdBy: actor })),
      entities: data.entities.map((e) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.aliases.map((a) => ({ value: a.value, lang: a.lang })),
        description: e.description,
        startDate: e.startDate,
        endDate: e.endDate,
        sensitivity: e.sensitivity,
        createdAt: at,
        createdBy: actor,
        updatedAt: at,
        updatedBy: actor,
      })),
      edges: data.edges.map((e) => ({
        id: e.id,
        type: e.type,
        from: e.from,
        to: e.to,
        validFrom: e.validFrom,
        validTo: e.validTo,
        confidence: e.confidence,
        status: statusFor(e.citations.map((c) => c.stance)),
        note: e.note,
        retractedReason: null,
        citations: e.citations.map((c) => ({
          id: newId('cit'),
          edgeId: e.id,
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
      })),
    };
    const result: BulkLoadResult = {
      entities: records.entities.length,
      sources: records.sources.length,
      edges: records.edges.length,
      citations: records.edges.reduce((n, e) => n + e.citations.length, 0),
    };
    const audit = (tx: CypherTx) =>
      this.audit(tx, [{ action: 'bulk-load', targetId: GRAPH_AUDIT_TARGET, actor, before: null, after: { ...result, name: data.meta?.name ?? null }, at }]);
    const rows = result.entities + result.sources + result.edges + result.citations;
    if (rows <= BATCH_ROWS) {
      await this.cypher.write(async (tx) => {
        await this.writeRecordsIn(tx, records);
        await audit(tx);
      });
    } else {
      // A graph of a million edges does not fit one Neo4j transaction: nodes first, then edges, in batches.
      await this.writeRecords(records);
      await this.cypher.write(audit);
    }
    return result;
  }

  /** Every reference checked against the bundle and then the store, before anything is written. */
  private async checkBundleReferences(data: GraphBundle): Promise<void> {
    const unique = (items: { id: string }[], section: string) => {
      const ids = new Set<string>();
      items.forEach((item, i) => {
        if (ids.has(item.id)) throw ValidationError.field(['bundle', section, i, 'id'], `duplicates id ${item.id}`);
        ids.add(item.id);
      });
      return ids;
    };
    const entityIds = unique(data.entities, 'entities');
    const sourceIds = unique(data.sources, 'sources');
    unique(data.edges, 'edges');
    const outsideEntities = [...new Set(data.edges.flatMap((e) => [e.from, e.to]).filter((id) => !entityIds.has(id)))];
    const outsideSources = [
      ...new Set([...data.sources.flatMap((s) => (s.partOf ? [s.partOf] : [])), ...data.edges.flatMap((e) => e.citations.map((c) => c.sourceId))].filter((id) => !sourceIds.has(id))),
    ];
    const [storedEntities, storedSources, held] = await this.cypher.read(async (tx) => [
      new Set((await this.entities(tx, outsideEntities)).map((e) => e.id)),
      new Set((await this.sources(tx, outsideSources)).map((s) => s.id)),
      [
        ...(await this.entities(tx, [...entityIds])).map((e) => `an entity with id ${e.id}`),
        ...(await this.sources(tx, [...sourceIds])).map((s) => `a source with id ${s.id}`),
        ...(await this.edges(tx, data.edges.map((e) => e.id))).map((e) => `a relationship with id ${e.id}`),
      ],
    ] as const);
    if (held.length > 0) throw new ConflictError(`The store already holds ${held.slice(0, 3).join(', ')}${held.length > 3 ? ` and ${held.length - 3} more` : ''}`);
    const entityKnown = (id: string) => entityIds.has(id) || storedEntities.has(id);
    const sourceKnown = (id: string) => sourceIds.has(id) || storedSources.has(id);
    data.sources.forEach((s, i) => {
      if (s.partOf && !sourceKnown(s.partOf)) throw ValidationError.field(['bundle', 'sources', i, 'partOf'], `refers to an unknown source: ${s.partOf}`);
    });
    data.edges.forEach((e, i) => {
      if (!entityKnown(e.from)) throw ValidationError.field(['bundle', 'edges', i, 'from'], `refers to an unknown entity: ${e.from}`);
      if (!entityKnown(e.to)) throw ValidationError.field(['bundle', 'edges', i, 'to'], `refers to an unknown entity: ${e.to}`);
      if (e.from === e.to && isRelationshipType(e.type) && !RELATIONSHIP_TYPES[e.type].selfLoop) {
        throw ValidationError.field(['bundle', 'edges', i, 'to'], `a ${e.type} relationship cannot join an entity to itself`);
      }
      e.citations.forEach((c, j) => {
        if (!sourceKnown(c.sourceId)) {
          throw ValidationError.field(['bundle', 'edges', i, 'citations', j, 'sourceId'], `refers to an unknown source: ${c.sourceId}`);
        }
      });
    });
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
    const rows = await this.cypher.read((tx) => tx.run('entity/page-entities', { afterId, first: integer(first) }));
    return rows.map((r) => toEntityRecord(r.entity as Row));
  }

  async pageSources(afterId: string | null, first: number): Promise<SourceRecord[]> {
    const rows = await this.cypher.read((tx) => tx.run('source/page-sources', { afterId, first: integer(first) }));
    return rows.map(toSource);
  }

  async pageEdges(afterId: string | null, first: number): Promise<Edge[]> {
    return this.cypher.read(async (tx) => {
      const ids = (await tx.run('edge/page-edges', { afterId, first: integer(first) })).map((r) => String(r.id));
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
