// Corrections, duplicate checks and forgiving search, for the API: parses every input, asks the store for candidates
// or a locked record, lets the domain rules decide, and redacts every result for the viewer.
import { z } from 'zod';
import {
  edgeDraftSchema,
  edgePatchSchema,
  planCitationRetraction,
  planEdgeUpdate,
  planReinstatement,
  relationshipsAmong,
  repeatedBy,
} from './corrections.ts';
import { FUZZY_CANDIDATES, keysOf, likelyDuplicates, rankFuzzy } from './fuzzy-match.ts';
import { QUERY_LIMITS } from './limits.ts';
import { DEFAULT_EDGE_FILTER, LIMITS, edgeFilterSchema, entityKindSchema, idSchema, reasonSchema } from './schemas.ts';
import { searchKey } from './search-keys.ts';
import { hygienic } from './text-hygiene.ts';
import type { Edge, Entity } from './types.ts';
import { parseInput } from './validate.ts';
import { canSee, type Viewer } from './visibility.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import type { EntityKind } from './shared/vocabulary.ts';

/** At most this many relationships come back for one set of entities: five per entity of the largest view. */
export const EDGES_AMONG_MAX = QUERY_LIMITS.neighborhoodLimit * 5;

/** Relationships as the viewer may see them: GraphService's rule for edge(id), applied to a batch. */
export type RedactEdges = (viewer: Viewer, edges: Edge[]) => Promise<Edge[]>;

/**
 * Refuses a write the viewer may not make, given the records it touches: the same check GraphService applies to
 * creation, so a correction needs exactly the rights of the write it corrects.
 */
export type WriteCheck = (viewer: Viewer, doing: string, entityIds: string[], sourceIds: string[]) => Promise<void>;

export class CorrectionService {
  constructor(
    private readonly store: GraphStore,
    private readonly redactEdges: RedactEdges,
    private readonly checkWrite: WriteCheck,
  ) {}

  /** The rights check of a change to an existing relationship: its ends and the sources it cites. */
  private async checkEdgeWrite(viewer: Viewer, doing: string, id: string): Promise<void> {
    const edge = await this.store.getEdge(id);
    await this.checkWrite(viewer, doing, edge ? [edge.from, edge.to] : [], edge ? edge.citations.map((c) => c.sourceId) : []);
  }

  /** Every relationship among a set of entities that passes the filter: what makes a canvas complete. */
  async edgesAmong(viewer: Viewer, ids: unknown, filter: unknown): Promise<Edge[]> {
    const set = parseInput(z.array(idSchema).min(1).max(QUERY_LIMITS.neighborhoodLimit), ids, ['ids']);
    const f = parseInput(edgeFilterSchema, filter ?? {}, ['filter']);
    return this.redactEdges(viewer, await this.store.traverse(() => relationshipsAmong(set, f, EDGES_AMONG_MAX)));
  }

  /** Entities close to a typed query that word search missed, best first, none of `exclude`. */
  async fuzzySearch(viewer: Viewer, query: string, kinds: EntityKind[] | null, first: number, exclude: Set<string>): Promise<Entity[]> {
    const key = searchKey(query);
    if (!key || first <= 0) return [];
    const ids = await this.store.corrections.similarEntityIds([key], { kinds, first: FUZZY_CANDIDATES, includeRestricted: viewer.canSeeRestricted });
    const candidates = (await this.store.getEntities(ids.filter((id) => !exclude.has(id)))).filter((e) => canSee(viewer, e));
    return rankFuzzy(query, candidates).slice(0, first);
  }

  private async alike(viewer: Viewer, subject: Pick<Entity, 'id' | 'name' | 'aliases' | 'kind'>): Promise<Entity[]> {
    const ids = await this.store.corrections.similarEntityIds(keysOf(subject), { kinds: null, first: FUZZY_CANDIDATES, includeRestricted: viewer.canSeeRestricted });
    const candidates = (await this.store.getEntities(ids)).filter((e) => canSee(viewer, e));
    return likelyDuplicates(subject, candidates).slice(0, 10);
  }

  /** Entities that are probably the same as `id`: equal or close names and aliases in any script. */
  async duplicatesOf(viewer: Viewer, id: unknown): Promise<Entity[]> {
    const subject = await this.store.getEntity(parseInput(idSchema, id, ['id']));
    if (!subject || !canSee(viewer, subject)) return [];
    return this.alike(viewer, subject);
  }

  /** Existing entities a new one with this name would probably repeat: shown before it is created. */
  async similarEntities(viewer: Viewer, name: unknown, aliases: unknown, kind: unknown): Promise<Entity[]> {
    const n = parseInput(z.string().trim().min(1, 'must not be empty').max(LIMITS.name).superRefine(hygienic('line')), name, ['name']);
    // A blank alias is a field the form has not filled yet: it is skipped, not refused.
    const a = parseInput(z.array(z.string().max(LIMITS.alias).superRefine(hygienic('query'))).max(LIMITS.aliases).nullish(), aliases, ['aliases']) ?? [];
    const k = parseInput(entityKindSchema.nullish(), kind, ['kind']);
    const draft = { id: '', name: n, aliases: a.filter(Boolean).map((value) => ({ value, lang: null })), kind: k ?? 'organization' };
    return this.alike(viewer, draft);
  }

  /** Live relationships a new one would repeat (same type, same ends, overlapping dates). */
  async duplicateEdges(viewer: Viewer, input: unknown): Promise<Edge[]> {
    const draft = parseInput(edgeDraftSchema, input, ['input']);
    const between = await this.store.traverse(() => relationshipsAmong([draft.from, draft.to], DEFAULT_EDGE_FILTER, EDGES_AMONG_MAX));
    return this.redactEdges(viewer, repeatedBy(draft, between));
  }

  async updateEdge(viewer: Viewer, id: unknown, patch: unknown): Promise<Edge> {
    const edgeId = parseInput(idSchema, id, ['id']);
    const data = parseInput(edgePatchSchema, patch, ['input']);
    await this.checkEdgeWrite(viewer, 'Changing a relationship', edgeId);
    const after = await this.store.corrections.correctEdge(edgeId, 'id', viewer.id, (before) => planEdgeUpdate(before, data));
    return (await this.redactEdges(viewer, [after]))[0] as Edge;
  }

  async retractCitation(viewer: Viewer, edgeId: unknown, citationId: unknown, reason: unknown): Promise<Edge> {
    const id = parseInput(idSchema, edgeId, ['edgeId']);
    const citation = parseInput(idSchema, citationId, ['citationId']);
    const why = parseInput(reasonSchema, reason, ['reason']);
    await this.checkEdgeWrite(viewer, 'Retracting a citation', id);
    const after = await this.store.corrections.correctEdge(id, 'edgeId', viewer.id, (before) => planCitationRetraction(before, citation, why));
    return (await this.redactEdges(viewer, [after]))[0] as Edge;
  }

  async reinstateEdge(viewer: Viewer, id: unknown, reason: unknown): Promise<Edge> {
    const edgeId = parseInput(idSchema, id, ['id']);
    const why = parseInput(reasonSchema, reason, ['reason']);
    await this.checkEdgeWrite(viewer, 'Reinstating a relationship', edgeId);
    const after = await this.store.corrections.correctEdge(edgeId, 'id', viewer.id, (before) => planReinstatement(before, why));
    return (await this.redactEdges(viewer, [after]))[0] as Edge;
  }
}
