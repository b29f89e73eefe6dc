// The domain service the API calls: parses every input with the domain schemas (the only place API input is parsed),
// enforces query bounds, and runs every read result through the visibility rule before it leaves. It holds no I/O of
// its own; the store does that.
import type { GraphStore } from '../ports/graph-store.ts';
import { isAccountAction } from './accounts.ts';
import type { MetricsEngine } from './analysis/metrics-engine.ts';
import { RankingService } from './analysis/ranking.ts';
import { DEFAULT_PATH_BUDGET } from './shared/centrality.ts';
import { CorrectionService } from './correction-service.ts';
import { QUERY_LIMITS } from './limits.ts';
import { MapService } from './map-service.ts';
import {
  LIMITS,
  citationInputSchema,
  edgeFilterSchema,
  edgeInputSchema,
  entityInputSchema,
  entityPatchSchema,
  entityKindSchema,
  idSchema,
  reasonSchema,
  sourceInputSchema,
  type EdgeFilter,
} from './schemas.ts';
import type { SavedMap } from './maps.ts';
import { canvasNeighborhood, edgesById, neighborhood, paths, type NeighborhoodQuery } from './traversal.ts';
import type { AuditEvent, CanvasGraph, Edge, EdgeSummary, Entity, GraphStats, Path, Source, Subgraph } from './types.ts';
import { hasRight, requireContentWrite, requireRight } from './rights.ts';
import { hygienic } from './text-hygiene.ts';
import { boundedInteger, parseInput } from './validate.ts';
import { checkMergePair } from './write-rules.ts';
import {
  canSee,
  hiddenFrom,
  redactAuditEvent,
  redactEdge,
  redactEntity,
  type HiddenIds,
  redactPath,
  redactSource,
  redactSubgraph,
  type Viewer,
} from './visibility.ts';
import { z } from 'zod';

/** Whether an audit snapshot, or a record directly inside it, is restricted. */
function mentionsRestricted(snapshot: unknown): boolean {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const isRestricted = (v: unknown) => typeof v === 'object' && v !== null && (v as { sensitivity?: unknown }).sensitivity === 'restricted';
  return isRestricted(snapshot) || Object.values(snapshot).some(isRestricted);
}

/** An audit snapshot of a relationship (edge.* and citation.* events hold whole edges). */
function isEdgeSnapshot(snapshot: unknown): snapshot is Edge {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const s = snapshot as Partial<Edge>;
  return typeof s.from === 'string' && typeof s.to === 'string' && Array.isArray(s.citations);
}

/** An audit snapshot of a saved map (map.* events hold whole maps). */
function isMapSnapshot(snapshot: unknown): snapshot is SavedMap {
  if (typeof snapshot !== 'object' || snapshot === null) return false;
  const s = snapshot as Partial<SavedMap>;
  return Array.isArray(s.entities) && Array.isArray(s.annotations);
}

function filterOf(filter: unknown): EdgeFilter {
  return parseInput(edgeFilterSchema, filter ?? {}, ['filter']);
}

/** A neighborhood request as it comes in, before its bounds are checked. */
export interface NeighborhoodArgs {
  ids: string[];
  depth: number;
  filter?: unknown;
  limit: number;
}

function neighborhoodQuery(args: NeighborhoodArgs): NeighborhoodQuery {
  return {
    ids: parseInput(z.array(idSchema).min(1).max(QUERY_LIMITS.neighborhoodIds), args.ids, ['ids']),
    depth: boundedInteger('depth', args.depth, 1, QUERY_LIMITS.neighborhoodDepth),
    limit: boundedInteger('limit', args.limit, 1, QUERY_LIMITS.neighborhoodLimit),
    filter: filterOf(args.filter),
  };
}

/**
 * Close spellings are looked for only when word search finds nothing: every query that finds its entity by words costs
 * exactly what it did, and a typo, which finds nothing by words, gets the close-spelling lookup.
 */
const FUZZY_BELOW = 1;

export class GraphService {
  readonly corrections: CorrectionService;
  /** Saved maps, through the same store and visibility rule. */
  readonly maps: MapService;
  /** Whole-graph rankings, cached per graph version. */
  readonly analysis: RankingService;
  private counted: { version: string; stats: Promise<GraphStats> } | null = null;

  /** `options.metrics` computes whole-graph metrics (the server gives a worker thread); in place when left out. */
  constructor(
    readonly store: GraphStore,
    options: { metrics?: MetricsEngine } = {},
  ) {
    // Corrections need the rights of the writes they correct: the same check as creation.
    this.corrections = new CorrectionService(
      store,
      (viewer, edges) => this.redactEdges(viewer, edges),
      (viewer, doing, entityIds, sourceIds) => this.requireWrite(viewer, doing, entityIds, sourceIds),
    );
    this.maps = new MapService(store);
    this.analysis = new RankingService(store, DEFAULT_PATH_BUDGET, options.metrics);
  }

  async search(viewer: Viewer, query: string, kinds: string[] | null | undefined, first: number): Promise<Entity[]> {
    const q = parseInput(z.string().max(LIMITS.query, `must be at most ${LIMITS.query} characters`).superRefine(hygienic('query')), query, ['query']);
    const k = parseInput(z.array(entityKindSchema).nullish(), kinds, ['kinds']);
    const n = boundedInteger('first', first, 1, QUERY_LIMITS.searchFirst);
    const found = await this.store.search(q, { kinds: k ?? null, first: n, includeRestricted: viewer.canSeeRestricted });
    const visible = found.filter((e) => canSee(viewer, e));
    if (found.length >= FUZZY_BELOW) return visible;
    const close = await this.corrections.fuzzySearch(viewer, q, k ?? null, n - visible.length, new Set(visible.map((e) => e.id)));
    return [...visible, ...close];
  }

  async entity(viewer: Viewer, id: string): Promise<Entity | null> {
    const found = await this.store.getEntity(id);
    return found && redactEntity(viewer, found);
  }

  async entities(viewer: Viewer, ids: string[]): Promise<Entity[]> {
    return (await this.store.getEntities(ids)).map((e) => redactEntity(viewer, e));
  }

  /** Entities by id as a request asks for them: bounded like `edges(ids)`, in the given order, missing ones left out. */
  async entitiesById(viewer: Viewer, ids: string[]): Promise<Entity[]> {
    const max = QUERY_LIMITS.edgeIds;
    return this.entities(viewer, [...new Set(parseInput(z.array(idSchema).max(max, `must have at most ${max} ids`), ids, ['ids']))]);
  }

  async neighborhood(viewer: Viewer, args: NeighborhoodArgs): Promise<Subgraph> {
    const query = neighborhoodQuery(args);
    const graph = await this.store.traverse(() => neighborhood(query));
    return redactSubgraph(viewer, graph, await this.hiddenIds(viewer, graph.nodes, graph.edges));
  }

  /** The neighborhood as the canvas draws it, under the same bounds and the same visibility rule. */
  async canvasNeighborhood(viewer: Viewer, args: NeighborhoodArgs): Promise<CanvasGraph> {
    const query = neighborhoodQuery(args);
    const graph = await this.store.traverse(() => canvasNeighborhood(query));
    return redactSubgraph(viewer, graph, await this.hiddenIds(viewer, graph.nodes, graph.edges));
  }

  async paths(
    viewer: Viewer,
    args: { from: string; to: string; maxHops: number; filter?: unknown; first: number },
  ): Promise<Path[]> {
    const from = parseInput(idSchema, args.from, ['from']);
    const to = parseInput(idSchema, args.to, ['to']);
    const maxHops = boundedInteger('maxHops', args.maxHops, 1, QUERY_LIMITS.maxHops);
    const first = boundedInteger('first', args.first, 1, QUERY_LIMITS.pathsFirst);
    const filter = filterOf(args.filter);
    const found = await this.store.traverse(() => paths({ from, to, maxHops, first, filter }));
    const hidden = await this.hiddenIds(viewer, found.flatMap((p) => p.nodes), found.flatMap((p) => p.edges));
    return found.map((p) => redactPath(viewer, p, hidden));
  }

  /**
   * The paths with the sources their citations cite, each as `sourcesByIds` gives it to this viewer: what a page
   * showing the evidence chain reads, in one call (one round trip where reads run in a worker).
   */
  async pathsWithSources(viewer: Viewer, args: Parameters<GraphService['paths']>[1]): Promise<{ paths: Path[]; sources: Source[] }> {
    const found = await this.paths(viewer, args);
    const ids = [...new Set(found.flatMap((p) => p.edges.flatMap((e) => e.citations.map((c) => c.sourceId))))];
    return { paths: found, sources: ids.length > 0 ? await this.sourcesByIds(viewer, ids) : [] };
  }

  async edge(viewer: Viewer, id: string): Promise<Edge | null> {
    const found = await this.store.getEdge(id);
    return found && this.redactOne(viewer, found);
  }

  /** Relationships by id in one batch lookup, each as `edge(id)` gives it. */
  async edges(viewer: Viewer, ids: string[]): Promise<Edge[]> {
    const max = QUERY_LIMITS.edgeIds;
    const list = parseInput(z.array(idSchema).max(max, `must have at most ${max} ids`), ids, ['ids']);
    if (list.length === 0) return [];
    return this.redactEdges(viewer, await this.store.traverse(() => edgesById([...new Set(list)])));
  }

  /** One edge as the viewer may see it: the rule of edge(id), also applied to what a write returns. */
  private async redactOne(viewer: Viewer, edge: Edge): Promise<Edge> {
    const [redacted] = await this.redactEdges(viewer, [edge]);
    return redacted ?? edge;
  }

  private async redactEdges(viewer: Viewer, edges: Edge[]): Promise<Edge[]> {
    if (viewer.canSeeRestricted || edges.length === 0) return edges;
    const ends = await this.store.getEntities([...new Set(edges.flatMap((e) => [e.from, e.to]))]);
    const hidden = await this.hiddenIds(viewer, ends, edges);
    return edges.map((e) => redactEdge(viewer, e, hidden));
  }

  /**
   * What the viewer may not see among these entities and the sources these edges cite. Costs one source lookup, and
   * only for viewers without rights to restricted material.
   */
  private async hiddenIds(viewer: Viewer, entities: Entity[], edges: EdgeSummary[]): Promise<HiddenIds> {
    if (viewer.canSeeRestricted) return hiddenFrom(viewer, [], []);
    const sourceIds = [...new Set(edges.flatMap((e) => e.citations.map((c) => c.sourceId)))];
    return hiddenFrom(viewer, entities, sourceIds.length ? await this.store.getSources(sourceIds) : []);
  }

  async source(viewer: Viewer, id: string): Promise<Source | null> {
    const found = await this.store.getSource(id);
    return found && redactSource(viewer, found);
  }

  async sourcesByIds(viewer: Viewer, ids: string[]): Promise<Source[]> {
    return (await this.store.getSources(ids)).map((s) => redactSource(viewer, s));
  }

  async sources(viewer: Viewer, query: string | null | undefined, first: number): Promise<Source[]> {
    const q = parseInput(z.string().max(LIMITS.query, `must be at most ${LIMITS.query} characters`).superRefine(hygienic('query')).nullish(), query, ['query']);
    const n = boundedInteger('first', first, 1, QUERY_LIMITS.sourcesFirst);
    const found = await this.store.listSources(q ?? null, n);
    // A restricted source's title must not be findable by the words in it.
    return found.filter((s) => !q || canSee(viewer, s)).map((s) => redactSource(viewer, s));
  }

  async history(viewer: Viewer, id: string): Promise<AuditEvent[]> {
    // Sign-ins and account changes are for account managers only.
    const events = (await this.store.history(id)).filter((e) => !isAccountAction(e.action) || hasRight(viewer, 'manage-accounts'));
    if (viewer.canSeeRestricted) return events;
    const target = (await this.store.getEntity(id)) ?? (await this.store.getSource(id));
    // A merged-away entity has no record left, and a merge snapshot holds both entities: the snapshots themselves say
    // whether restricted material is in them.
    const restricted = target?.sensitivity === 'restricted' || events.some((e) => mentionsRestricted(e.before) || mentionsRestricted(e.after));
    const hidden = await this.hiddenInEdgeSnapshots(viewer, id, events);
    // A relationship's snapshots are redacted by the same rule as edge(id): its note, quotes and locators are blanked
    // when an end, then or now, is hidden or a cited source is.
    // A saved map's snapshots are redacted as map(id) is.
    const redactSnapshot = async (snapshot: unknown) =>
      isEdgeSnapshot(snapshot) ? redactEdge(viewer, snapshot, hidden) : isMapSnapshot(snapshot) ? this.maps.visible(viewer, snapshot) : snapshot;
    return Promise.all(
      events.map(async (e) => redactAuditEvent(viewer, { ...e, before: await redactSnapshot(e.before), after: await redactSnapshot(e.after) }, restricted)),
    );
  }

  /**
   * What the viewer may not see among the ends and cited sources of a relationship's snapshots and of its current
   * state. An end that no longer exists (merged away) counts as hidden: nothing is left to say it was public.
   */
  private async hiddenInEdgeSnapshots(viewer: Viewer, id: string, events: AuditEvent[]): Promise<HiddenIds> {
    const current = await this.store.getEdge(id);
    const edges = [...events.flatMap((e) => [e.before, e.after]).filter(isEdgeSnapshot), ...(current ? [current] : [])];
    if (edges.length === 0) return hiddenFrom(viewer, [], []);
    const endIds = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
    const ends = await this.store.getEntities(endIds);
    const hidden = await this.hiddenIds(viewer, ends, edges);
    const found = new Set(ends.map((e) => e.id));
    return { entities: new Set([...hidden.entities, ...endIds.filter((e) => !found.has(e))]), sources: hidden.sources };
  }

  /**
   * Counting every row takes 0.1-0.3 s on a graph of a million relationships, and the explorer asks often: the counts
   * are kept per graph version (which any write moves) and recounted only after a change.
   */
  async stats(viewer: Viewer): Promise<GraphStats> {
    const version = await this.store.analysis.graphVersion();
    if (this.counted?.version !== version) {
      const stats = this.countGraph(viewer);
      this.counted = { version, stats };
      // A failed count must not stay cached: the next request counts again.
      stats.catch(() => {
        if (this.counted?.stats === stats) this.counted = null;
      });
    }
    return this.counted.stats;
  }

  /** Counts every row of the graph; a service with read workers counts there (see read-pool.ts). */
  protected countGraph(_viewer: Viewer): Promise<GraphStats> {
    return this.store.stats();
  }

  /**
   * Refuses a content write the viewer may not make (rights.ts): the editor role, and restricted access when any of
   * these records is restricted. Only viewers without restricted access pay for the lookups.
   */
  private async requireWrite(viewer: Viewer, doing: string, entityIds: string[] = [], sourceIds: string[] = []): Promise<void> {
    requireRight(viewer, 'write', doing);
    if (viewer.canSeeRestricted || (entityIds.length === 0 && sourceIds.length === 0)) return;
    const entities = entityIds.length ? await this.store.getEntities([...new Set(entityIds)]) : [];
    const sources = sourceIds.length ? await this.store.getSources([...new Set(sourceIds)]) : [];
    requireContentWrite(viewer, doing, [...entities, ...sources]);
  }

  /** The ends and cited sources of an existing relationship, for the rights check of a change to it. */
  private async edgeRecords(id: string): Promise<{ entityIds: string[]; sourceIds: string[] }> {
    const edge = await this.store.getEdge(id);
    return edge ? { entityIds: [edge.from, edge.to], sourceIds: edge.citations.map((c) => c.sourceId) } : { entityIds: [], sourceIds: [] };
  }

  // Any editor may create a restricted record: marking someone at risk never waits for anyone with restricted access.
  async createEntity(viewer: Viewer, input: unknown): Promise<Entity> {
    await this.requireWrite(viewer, 'Creating an entity');
    return redactEntity(viewer, await this.store.createEntity(parseInput(entityInputSchema, input, ['input']), viewer.id));
  }

  async updateEntity(viewer: Viewer, id: string, patch: unknown): Promise<Entity> {
    requireRight(viewer, 'write', 'Changing an entity');
    const target = parseInput(idSchema, id, ['id']);
    const data = parseInput(entityPatchSchema, patch, ['input']);
    // Restricting is open to every editor; lifting a restriction or changing a restricted record is not.
    await this.requireWrite(viewer, 'Changing an entity', [target]);
    return redactEntity(viewer, await this.store.updateEntity(target, data, viewer.id));
  }

  async createSource(viewer: Viewer, input: unknown): Promise<Source> {
    await this.requireWrite(viewer, 'Creating a source');
    return redactSource(viewer, await this.store.createSource(parseInput(sourceInputSchema, input, ['input']), viewer.id));
  }

  async addEdge(viewer: Viewer, input: unknown): Promise<Edge> {
    requireRight(viewer, 'write', 'Adding a relationship');
    const data = parseInput(edgeInputSchema, input, ['input']);
    await this.requireWrite(viewer, 'Adding a relationship', [data.from, data.to], data.citations.map((c) => c.sourceId));
    return this.redactOne(viewer, await this.store.addEdge(data, viewer.id));
  }

  async addCitation(viewer: Viewer, edgeId: string, citation: unknown): Promise<Edge> {
    requireRight(viewer, 'write', 'Adding a citation');
    const id = parseInput(idSchema, edgeId, ['edgeId']);
    const data = parseInput(citationInputSchema, citation, ['citation']);
    const { entityIds, sourceIds } = await this.edgeRecords(id);
    await this.requireWrite(viewer, 'Adding a citation', entityIds, [...sourceIds, data.sourceId]);
    return this.redactOne(viewer, await this.store.addCitation(id, data, viewer.id));
  }

  async retractEdge(viewer: Viewer, id: string, reason: string): Promise<Edge> {
    requireRight(viewer, 'write', 'Retracting a relationship');
    const target = parseInput(idSchema, id, ['id']);
    const why = parseInput(reasonSchema, reason, ['reason']);
    const { entityIds, sourceIds } = await this.edgeRecords(target);
    await this.requireWrite(viewer, 'Retracting a relationship', entityIds, sourceIds);
    return this.redactOne(viewer, await this.store.retractEdge(target, why, viewer.id));
  }

  async mergeEntities(viewer: Viewer, keepId: string, mergeId: string): Promise<Entity> {
    requireRight(viewer, 'write', 'Merging entities');
    const keep = parseInput(idSchema, keepId, ['keepId']);
    const merge = parseInput(idSchema, mergeId, ['mergeId']);
    checkMergePair(keep, merge);
    await this.requireWrite(viewer, 'Merging entities', [keep, merge]);
    return redactEntity(viewer, await this.store.mergeEntities(keep, merge, viewer.id));
  }
}
