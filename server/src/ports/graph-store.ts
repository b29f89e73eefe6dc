// The port every graph store implements. It speaks only in domain words and types; the contract suite in
// tests/contract/ holds each adapter to the same behaviour.
import type { LoadOrigin } from '../domain/load-audit.ts';
import type { CitationInput, EdgeInput, EntityInput, EntityPatch, GraphBundle, Reason, SourceInput } from '../domain/schemas.ts';
import type { Traversal } from '../domain/traversal.ts';
import type { AuditEvent, Edge, Entity, GraphStats, Source } from '../domain/types.ts';
import type { EntityKind } from '../domain/shared/vocabulary.ts';
import type { AccountStore } from './account-store.ts';
import type { AnalysisStore } from './analysis-store.ts';
import type { CorrectionStore } from './correction-store.ts';
import type { MapStore } from './map-store.ts';

/** Who performs a write; recorded in `createdBy`/`updatedBy` and in every audit event. */
export type Actor = string;

export interface SearchOptions {
  kinds?: EntityKind[] | null;
  first: number;
  /** When false, restricted entities are left out of results entirely (their names must not be searchable). */
  includeRestricted: boolean;
}

export interface BulkLoadResult {
  entities: number;
  sources: number;
  edges: number;
  citations: number;
}

/**
 * The store parses nothing: every input it takes is a branded type (`EntityInput`, `EdgeFilter`, `Reason`,
 * `GraphBundle`, ...) that only the domain schemas produce, so the compiler refuses raw data here. GraphService parses
 * API input and checks query bounds; the seed and import paths parse a bundle once. The rules of a write live in
 * `domain/` (write-rules.ts, edge-rules.ts, bundle-references.ts, records.ts): inside its transaction a store looks
 * up what a write refers to, hands it to those rules, and writes the records they build, with their audit events.
 * Ids are plain strings: looking up an id that does not exist is an answer (null, NotFoundError), not bad input.
 */
export interface GraphStore extends GraphStorePaging {
  /** Accounts, sessions and tokens of a team server, in the same database. */
  readonly accounts: AccountStore;
  /** Edits of relationships in place, citation retraction, reinstatement and the lookups duplicate checks use. */
  readonly corrections: CorrectionStore;
  /** Idempotent: creates schema, indexes and migrations as needed. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Saved maps (named views with positions, filters and annotations). */
  readonly maps: MapStore;
  /** True when the store holds no entities and no sources (used to seed on first start only). */
  isEmpty(): Promise<boolean>;
  /** Lean whole-graph reads for analysis (rankings). */
  readonly analysis: AnalysisStore;

  getEntity(id: string): Promise<Entity | null>;
  getEntities(ids: string[]): Promise<Entity[]>;
  search(query: string, options: SearchOptions): Promise<Entity[]>;
  /**
   * Runs a walk of `domain/traversal.ts` (neighborhood, paths) inside one read transaction, answering each bounded
   * lookup it yields. `walk` makes a fresh walk, so a store may run it again after a transient failure.
   */
  traverse<T>(walk: () => Traversal<T>): Promise<T>;
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
  retractEdge(id: string, reason: Reason, actor: Actor): Promise<Edge>;
  /** Moves every edge, citation and alias of `mergeId` onto `keepId`, records the merge, and removes `mergeId`. */
  mergeEntities(keepId: string, mergeId: string, actor: Actor): Promise<Entity>;

  /**
   * Loads a whole parsed bundle in large transactions; ids in the bundle are kept. Every loaded record gets one
   * audit event recording `origin` (default: a plain bulk load).
   */
  bulkLoad(bundle: GraphBundle, actor: Actor, origin?: LoadOrigin): Promise<BulkLoadResult>;
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
