// The port every graph store implements. It speaks only in domain words and types; the contract suite in
// tests/contract/ holds each adapter to the same behaviour.
import type { CitationInput, EdgeFilter, EdgeInput, EntityInput, EntityPatch, GraphBundle, SourceInput } from '../domain/schemas.ts';
import type { AuditEvent, Edge, Entity, GraphStats, Path, Source, Subgraph } from '../domain/types.ts';
import type { EntityKind } from '../domain/vocabulary.ts';
import type { AnalysisStore } from './analysis-store.ts';

/** Who performs a write; recorded in `createdBy`/`updatedBy` and in every audit event. */
export type Actor = string;

export interface SearchOptions {
  kinds?: EntityKind[] | null;
  first: number;
  /** When false, restricted entities are left out of results entirely (their names must not be searchable). */
  includeRestricted: boolean;
}

export interface NeighborhoodQuery {
  ids: string[];
  depth: number;
  filter: EdgeFilter;
  /** Maximum number of nodes returned, seeds included; `truncated` says whether more were reachable. */
  limit: number;
}

export interface PathsQuery {
  from: string;
  to: string;
  maxHops: number;
  filter: EdgeFilter;
  first: number;
}

export interface BulkLoadResult {
  entities: number;
  sources: number;
  edges: number;
  citations: number;
}

/**
 * Inputs reaching the store are already validated by the domain schemas (`schemas.ts`); the store still enforces
 * referential rules (ids exist, no duplicate ids, self-loops per vocabulary) and derives `status` from citation stances.
 * Every write runs in one transaction and appends its audit events inside that transaction.
 */
export interface GraphStore extends GraphStorePaging {
  /** Idempotent: creates schema, indexes and migrations as needed. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** True when the store holds no entities and no sources (used to seed on first start only). */
  isEmpty(): Promise<boolean>;
  /** Lean whole-graph reads for analysis (rankings). */
  readonly analysis: AnalysisStore;

  getEntity(id: string): Promise<Entity | null>;
  getEntities(ids: string[]): Promise<Entity[]>;
  search(query: string, options: SearchOptions): Promise<Entity[]>;
  neighborhood(query: NeighborhoodQuery): Promise<Subgraph>;
  /** Shortest paths first, each path simple (no repeated node), at most `first` of them. */
  paths(query: PathsQuery): Promise<Path[]>;
  getEdge(id: string): Promise<Edge | null>;
  getSource(id: string): Promise<Source | null>;
  getSources(ids: string[]): Promise<Source[]>;
  listSources(query: string | null, first: number): Promise<Source[]>;
  /** Audit events whose target is `id`, oldest first. */
  history(id: string): Promise<AuditEvent[]>;
  stats(): Promise<GraphStats>;

  createEntity(input: EntityInput, actor: Actor): Promise<Entity>;
  updateEntity(id: string, patch: EntityPatch, actor: Actor): Promise<Entity>;
  createSource(input: SourceInput, actor: Actor): Promise<Source>;
  addEdge(input: EdgeInput, actor: Actor): Promise<Edge>;
  addCitation(edgeId: string, citation: CitationInput, actor: Actor): Promise<Edge>;
  retractEdge(id: string, reason: string, actor: Actor): Promise<Edge>;
  /** Moves every edge, citation and alias of `mergeId` onto `keepId`, records the merge, and removes `mergeId`. */
  mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<Entity>;

  /** Loads a whole validated bundle in large transactions; ids in the bundle are kept. */
  bulkLoad(bundle: GraphBundle, actor: Actor): Promise<BulkLoadResult>;
  /** Every audit event, oldest first, in pages: used to copy a graph between stores. */
  auditEvents(afterId: string | null, first: number): Promise<AuditEvent[]>;
  /** Appends audit events as they are (ids and times kept): used only when copying a graph between stores. */
  importAuditEvents(events: AuditEvent[]): Promise<void>;
}

/** Full records, timestamps and status included: what moving a graph between stores copies. */
export interface GraphRecords {
  entities: Omit<Entity, 'degree' | 'redacted'>[];
  sources: Omit<Source, 'redacted'>[];
  edges: Edge[];
}

/** Paging over everything a store holds, in id order, for copying a graph between stores. */
export interface GraphStorePaging {
  pageEntities(afterId: string | null, first: number): Promise<Omit<Entity, 'degree' | 'redacted'>[]>;
  pageSources(afterId: string | null, first: number): Promise<Omit<Source, 'redacted'>[]>;
  /** Includes retracted edges, each with all its citations. */
  pageEdges(afterId: string | null, first: number): Promise<Edge[]>;
  /** Writes exact copies (ids, timestamps, status, retraction) in one transaction per call. */
  importRecords(records: GraphRecords): Promise<void>;
}
