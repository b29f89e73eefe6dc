// The domain service the API calls: parses every input with the domain schemas (the only place API input is parsed),
// enforces query bounds, and runs every read result through the visibility rule before it leaves. It holds no I/O of
// its own; the store does that.
import type { GraphStore } from '../ports/graph-store.ts';
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
import { neighborhood, paths } from './traversal.ts';
import type { AuditEvent, Edge, Entity, GraphStats, Path, Source, Subgraph } from './types.ts';
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

function filterOf(filter: unknown): EdgeFilter {
  return parseInput(edgeFilterSchema, filter ?? {}, ['filter']);
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

  constructor(readonly store: GraphStore) {
    // Writes need no right beyond being the viewer until roles exist; the rights check of creation plugs in here.
    this.corrections = new CorrectionService(store, (viewer, entities, edges) => this.hiddenIds(viewer, entities, edges), async () => undefined);
    this.maps = new MapService(store);
  }

  async search(viewer: Viewer, query: string, kinds: string[] | null | undefined, first: number): Promise<Entity[]> {
    const q = parseInput(z.string().max(LIMITS.query, `must be at most ${LIMITS.query} characters`), query, ['query']);
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

  async neighborhood(
    viewer: Viewer,
    args: { ids: string[]; depth: number; filter?: unknown; limit: number },
  ): Promise<Subgraph> {
    const ids = parseInput(z.array(idSchema).min(1).max(QUERY_LIMITS.neighborhoodIds), args.ids, ['ids']);
    const depth = boundedInteger('depth', args.depth, 1, QUERY_LIMITS.neighborhoodDepth);
    const limit = boundedInteger('limit', args.limit, 1, QUERY_LIMITS.neighborhoodLimit);
    const filter = filterOf(args.filter);
    const graph = await this.store.traverse(() => neighborhood({ ids, depth, limit, filter }));
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

  async edge(viewer: Viewer, id: string): Promise<Edge | null> {
    const found = await this.store.getEdge(id);
    if (!found || viewer.canSeeRestricted) return found;
    const ends = await this.store.getEntities([found.from, found.to]);
    return redactEdge(viewer, found, await this.hiddenIds(viewer, ends, [found]));
  }

  /**
   * What the viewer may not see among these entities and the sources these edges cite. Costs one source lookup, and
   * only for viewers without rights to restricted material.
   */
  private async hiddenIds(viewer: Viewer, entities: Entity[], edges: Edge[]): Promise<HiddenIds> {
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
    const q = parseInput(z.string().max(LIMITS.query).nullish(), query, ['query']);
    const n = boundedInteger('first', first, 1, QUERY_LIMITS.sourcesFirst);
    const found = await this.store.listSources(q ?? null, n);
    // A restricted source's title must not be findable by the words in it.
    return found.filter((s) => !q || canSee(viewer, s)).map((s) => redactSource(viewer, s));
  }

  async history(viewer: Viewer, id: string): Promise<AuditEvent[]> {
    const events = await this.store.history(id);
    const target = (await this.store.getEntity(id)) ?? (await this.store.getSource(id));
    // A merged-away entity has no record left, and a merge snapshot holds both entities: the snapshots themselves say
    // whether restricted material is in them.
    const restricted = target?.sensitivity === 'restricted' || events.some((e) => mentionsRestricted(e.before) || mentionsRestricted(e.after));
    return events.map((e) => redactAuditEvent(viewer, e, restricted));
  }

  async stats(_viewer: Viewer): Promise<GraphStats> {
    return this.store.stats();
  }

  async createEntity(viewer: Viewer, input: unknown): Promise<Entity> {
    return this.store.createEntity(parseInput(entityInputSchema, input, ['input']), viewer.id);
  }

  async updateEntity(viewer: Viewer, id: string, patch: unknown): Promise<Entity> {
    return this.store.updateEntity(parseInput(idSchema, id, ['id']), parseInput(entityPatchSchema, patch, ['input']), viewer.id);
  }

  async createSource(viewer: Viewer, input: unknown): Promise<Source> {
    return this.store.createSource(parseInput(sourceInputSchema, input, ['input']), viewer.id);
  }

  async addEdge(viewer: Viewer, input: unknown): Promise<Edge> {
    return this.store.addEdge(parseInput(edgeInputSchema, input, ['input']), viewer.id);
  }

  async addCitation(viewer: Viewer, edgeId: string, citation: unknown): Promise<Edge> {
    return this.store.addCitation(
      parseInput(idSchema, edgeId, ['edgeId']),
      parseInput(citationInputSchema, citation, ['citation']),
      viewer.id,
    );
  }

  async retractEdge(viewer: Viewer, id: string, reason: string): Promise<Edge> {
    return this.store.retractEdge(parseInput(idSchema, id, ['id']), parseInput(reasonSchema, reason, ['reason']), viewer.id);
  }

  async mergeEntities(viewer: Viewer, keepId: string, mergeId: string): Promise<Entity> {
    const keep = parseInput(idSchema, keepId, ['keepId']);
    const merge = parseInput(idSchema, mergeId, ['mergeId']);
    checkMergePair(keep, merge);
    return this.store.mergeEntities(keep, merge, viewer.id);
  }
}
