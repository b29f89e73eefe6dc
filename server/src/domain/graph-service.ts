// The domain service the API calls: validates every input with the domain schemas, enforces query bounds, and runs
// every read result through the visibility rule before it leaves. It holds no I/O of its own; the store does that.
import type { GraphStore } from '../ports/graph-store.ts';
import { ValidationError } from './errors.ts';
import { QUERY_LIMITS } from './limits.ts';
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
import type { AuditEvent, Edge, Entity, GraphStats, Path, Source, Subgraph } from './types.ts';
import { parseInput } from './validate.ts';
import {
  canSee,
  redactAuditEvent,
  redactEntity,
  redactPath,
  redactSource,
  redactSubgraph,
  type Viewer,
} from './visibility.ts';
import { z } from 'zod';

function bounded(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw ValidationError.field([field], `must be an integer from ${min} to ${max}`);
  }
  return value;
}

function filterOf(filter: unknown): EdgeFilter {
  return parseInput(edgeFilterSchema, filter ?? {}, ['filter']);
}

export class GraphService {
  constructor(readonly store: GraphStore) {}

  async search(viewer: Viewer, query: string, kinds: string[] | null | undefined, first: number): Promise<Entity[]> {
    const q = parseInput(z.string().max(LIMITS.query, `must be at most ${LIMITS.query} characters`), query, ['query']);
    const k = parseInput(z.array(entityKindSchema).nullish(), kinds, ['kinds']);
    const n = bounded('first', first, 1, QUERY_LIMITS.searchFirst);
    const found = await this.store.search(q, { kinds: k ?? null, first: n, includeRestricted: viewer.canSeeRestricted });
    return found.filter((e) => canSee(viewer, e));
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
    const depth = bounded('depth', args.depth, 1, QUERY_LIMITS.neighborhoodDepth);
    const limit = bounded('limit', args.limit, 1, QUERY_LIMITS.neighborhoodLimit);
    const graph = await this.store.neighborhood({ ids, depth, limit, filter: filterOf(args.filter) });
    return redactSubgraph(viewer, graph);
  }

  async paths(
    viewer: Viewer,
    args: { from: string; to: string; maxHops: number; filter?: unknown; first: number },
  ): Promise<Path[]> {
    const from = parseInput(idSchema, args.from, ['from']);
    const to = parseInput(idSchema, args.to, ['to']);
    const maxHops = bounded('maxHops', args.maxHops, 1, QUERY_LIMITS.maxHops);
    const first = bounded('first', args.first, 1, QUERY_LIMITS.pathsFirst);
    const found = await this.store.paths({ from, to, maxHops, first, filter: filterOf(args.filter) });
    return found.map((p) => redactPath(viewer, p));
  }

  async edge(_viewer: Viewer, id: string): Promise<Edge | null> {
    return this.store.getEdge(id);
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
    const n = bounded('first', first, 1, QUERY_LIMITS.sourcesFirst);
    const found = await this.store.listSources(q ?? null, n);
    // A restricted source's title must not be findable by the words in it.
    return found.filter((s) => !q || canSee(viewer, s)).map((s) => redactSource(viewer, s));
  }

  async history(viewer: Viewer, id: string): Promise<AuditEvent[]> {
    const events = await this.store.history(id);
    const target = (await this.store.getEntity(id)) ?? (await this.store.getSource(id));
    const restricted = target?.sensitivity === 'restricted';
    return events.map((e) => redactAuditEvent(viewer, e, restricted));
  }

  async stats(_viewer: Viewer): Promise<GraphStats> {
    return this.store.stats();
  }

  createEntity(viewer: Viewer, input: unknown): Promise<Entity> {
    return this.store.createEntity(parseInput(entityInputSchema, input, ['input']), viewer.id);
  }

  updateEntity(viewer: Viewer, id: string, patch: unknown): Promise<Entity> {
    return this.store.updateEntity(parseInput(idSchema, id, ['id']), parseInput(entityPatchSchema, patch, ['input']), viewer.id);
  }

  createSource(viewer: Viewer, input: unknown): Promise<Source> {
    return this.store.createSource(parseInput(sourceInputSchema, input, ['input']), viewer.id);
  }

  addEdge(viewer: Viewer, input: unknown): Promise<Edge> {
    return this.store.addEdge(parseInput(edgeInputSchema, input, ['input']), viewer.id);
  }

  addCitation(viewer: Viewer, edgeId: string, citation: unknown): Promise<Edge> {
    return this.store.addCitation(
      parseInput(idSchema, edgeId, ['edgeId']),
      parseInput(citationInputSchema, citation, ['citation']),
      viewer.id,
    );
  }

  retractEdge(viewer: Viewer, id: string, reason: string): Promise<Edge> {
    return this.store.retractEdge(parseInput(idSchema, id, ['id']), parseInput(reasonSchema, reason, ['reason']), viewer.id);
  }

  mergeEntities(viewer: Viewer, keepId: string, mergeId: string): Promise<Entity> {
    const keep = parseInput(idSchema, keepId, ['keepId']);
    const merge = parseInput(idSchema, mergeId, ['mergeId']);
    if (keep === merge) throw ValidationError.field(['mergeId'], 'must differ from keepId');
    return this.store.mergeEntities(keep, merge, viewer.id);
  }
}
