/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountInput = {
  name: string;
  /** At least 12 characters. */
  password: string;
  restrictedAccess?: boolean | null | undefined;
  role: Role;
};

export type AccountPatch = {
  disabled?: boolean | null | undefined;
  restrictedAccess?: boolean | null | undefined;
  role?: Role | null | undefined;
};

export type AliasInput = {
  lang?: string | null | undefined;
  value: string;
};

export type AnnotationTarget =
  | 'EDGE'
  | 'ENTITY'
  | 'MAP';

export type CitationInput = {
  locator?: string | null | undefined;
  quote?: string | null | undefined;
  sourceId: string;
  stance?: Stance | null | undefined;
};

export type Confidence =
  | 'ALLEGED'
  | 'CONFIRMED'
  | 'REPORTED';

/** A relationship not yet written, for the duplicate check. */
export type EdgeDraft = {
  from: string;
  to: string;
  type: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type EdgeFilter = {
  confidence?: Array<Confidence> | null | undefined;
  /** Start of the date window. */
  from?: string | null | undefined;
  includeContested?: boolean | null | undefined;
  includeRetracted?: boolean | null | undefined;
  /** End of the date window. */
  to?: string | null | undefined;
  types?: Array<string> | null | undefined;
};

export type EdgeInput = {
  citations: Array<CitationInput>;
  confidence: Confidence;
  from: string;
  note?: string | null | undefined;
  to: string;
  type: string;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** Absent fields stay as they are; null clears a date or the note. */
export type EdgePatch = {
  confidence?: Confidence | null | undefined;
  note?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

export type EdgeStatus =
  | 'ACTIVE'
  | 'CONTESTED'
  | 'RETRACTED';

export type EntityInput = {
  aliases?: Array<AliasInput> | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  kind: EntityKind;
  name: string;
  sensitivity?: Sensitivity | null | undefined;
  startDate?: string | null | undefined;
};

export type EntityKind =
  | 'CLAIM'
  | 'EVENT'
  | 'LAW'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PLACE';

/** Absent fields stay as they are; null clears an optional field. */
export type EntityPatch = {
  aliases?: Array<AliasInput> | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  name?: string | null | undefined;
  sensitivity?: Sensitivity | null | undefined;
  startDate?: string | null | undefined;
};

export type MapAnnotationInput = {
  id?: string | null | undefined;
  target: AnnotationTarget;
  targetId?: string | null | undefined;
  text: string;
  x?: number | null | undefined;
  y?: number | null | undefined;
};

export type MapCommunityInput = {
  members: Array<string>;
  name: string;
};

export type MapEntityInput = {
  hidden?: boolean | null | undefined;
  id: string;
  pinned?: boolean | null | undefined;
  x: number;
  y: number;
};

export type MapFiltersInput = {
  confidence?: Array<Confidence> | null | undefined;
  from?: string | null | undefined;
  includeContested?: boolean | null | undefined;
  includeRetracted?: boolean | null | undefined;
  kinds?: Array<EntityKind> | null | undefined;
  to?: string | null | undefined;
  types?: Array<string> | null | undefined;
};

export type MapInput = {
  annotations?: Array<MapAnnotationInput> | null | undefined;
  caption?: string | null | undefined;
  communities?: Array<MapCommunityInput> | null | undefined;
  entities: Array<MapEntityInput>;
  filters?: MapFiltersInput | null | undefined;
  /** fcose, concentric, breadthfirst or grid. */
  layout?: string | null | undefined;
  title: string;
};

/** A centrality measure over the relationships of the graph. */
export type Metric =
  /** Share of shortest paths between other entities that pass through it. */
  | 'BETWEENNESS'
  /** Share of entities it reaches, divided by its mean distance to them. */
  | 'CLOSENESS'
  /** Relationships touching the entity. */
  | 'DEGREE'
  /** PageRank (damping 0.85) over relationships read both ways. */
  | 'PAGERANK';

export type Role =
  /** Also manages accounts. */
  | 'ADMIN'
  /** Reads and writes content: entities, sources, relationships, citations, retractions, merges. */
  | 'EDITOR'
  /** Reads. */
  | 'VIEWER';

export type Sensitivity =
  | 'PUBLIC'
  | 'RESTRICTED';

export type SourceInput = {
  author?: string | null | undefined;
  kind: string;
  language?: string | null | undefined;
  /** Id of the source this one is part of. */
  partOf?: string | null | undefined;
  publishedAt?: string | null | undefined;
  publisher?: string | null | undefined;
  retrievedAt?: string | null | undefined;
  sensitivity?: Sensitivity | null | undefined;
  title: string;
  url?: string | null | undefined;
};

export type Stance =
  | 'DISPUTES'
  | 'SUPPORTS';

export type EntityFieldsFragment = { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> };

export type SourceFieldsFragment = { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean };

export type EdgeFieldsFragment = { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> };

export type LeanEdgeFieldsFragment = { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string }, to: { id: string }, citations: Array<{ id: string, stance: Stance, source: { id: string } }> };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }> };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string> | string;
  depth?: number | null | undefined;
  filter?: EdgeFilter | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, canvas: unknown } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  filter?: EdgeFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ nodes: Array<{ id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }>, edges: Array<{ id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> }> }> };

export type RelationshipTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationshipTypesQuery = { relationshipTypes: Array<{ name: string, label: string, from: Array<EntityKind>, to: Array<EntityKind> }> };

export type SourcesQueryVariables = Exact<{
  query?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type SourcesQuery = { sources: Array<{ id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean }> };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null };

export type EdgeQueryVariables = Exact<{
  id: string;
}>;


export type EdgeQuery = { edge: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } | null };

export type EdgesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EdgesQuery = { edges: Array<{ id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> }> };

export type CreateEntityMutationVariables = Exact<{
  input: EntityInput;
}>;


export type CreateEntityMutation = { createEntity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } };

export type CreateSourceMutationVariables = Exact<{
  input: SourceInput;
}>;


export type CreateSourceMutation = { createSource: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } };

export type AddEdgeMutationVariables = Exact<{
  input: EdgeInput;
}>;


export type AddEdgeMutation = { addEdge: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } };

export type AddCitationMutationVariables = Exact<{
  edgeId: string;
  citation: CitationInput;
}>;


export type AddCitationMutation = { addCitation: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } };

export type RetractEdgeMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RetractEdgeMutation = { retractEdge: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } };

export type RankingQueryVariables = Exact<{
  metric: Metric;
  first?: number | null | undefined;
}>;


export type RankingQuery = { ranking: Array<{ score: number, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } }> };

export type AccountFieldsFragment = { name: string, role: Role, restrictedAccess: boolean, disabled: boolean, hasToken: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string, role: Role, restrictedAccess: boolean } | null };

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { accounts: Array<{ name: string, role: Role, restrictedAccess: boolean, disabled: boolean, hasToken: boolean }> };

export type CreateAccountMutationVariables = Exact<{
  input: AccountInput;
}>;


export type CreateAccountMutation = { createAccount: { name: string, role: Role, restrictedAccess: boolean, disabled: boolean, hasToken: boolean } };

export type UpdateAccountMutationVariables = Exact<{
  name: string;
  input: AccountPatch;
}>;


export type UpdateAccountMutation = { updateAccount: { name: string, role: Role, restrictedAccess: boolean, disabled: boolean, hasToken: boolean } };

export type SetAccountPasswordMutationVariables = Exact<{
  name: string;
  password: string;
}>;


export type SetAccountPasswordMutation = { setAccountPassword: { name: string, role: Role, restrictedAccess: boolean, disabled: boolean, hasToken: boolean } };

export type IssueTokenMutationVariables = Exact<{
  name: string;
}>;


export type IssueTokenMutation = { issueToken: { token: string } };

export type RevokeTokenMutationVariables = Exact<{
  name: string;
}>;


export type RevokeTokenMutation = { revokeToken: { name: string, role: Role, restrictedAccess: boolean, disabled: boolean, hasToken: boolean } };

export type EdgesAmongQueryVariables = Exact<{
  ids: Array<string> | string;
  filter?: EdgeFilter | null | undefined;
}>;


export type EdgesAmongQuery = { edgesAmong: Array<{ id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string }, to: { id: string }, citations: Array<{ id: string, stance: Stance, source: { id: string } }> }> };

export type UpdateEdgeMutationVariables = Exact<{
  id: string;
  input: EdgePatch;
}>;


export type UpdateEdgeMutation = { updateEdge: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } };

export type RetractCitationMutationVariables = Exact<{
  edgeId: string;
  citationId: string;
  reason: string;
}>;


export type RetractCitationMutation = { retractCitation: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } };

export type ReinstateEdgeMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ReinstateEdgeMutation = { reinstateEdge: { id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> } };

export type UpdateEntityMutationVariables = Exact<{
  id: string;
  input: EntityPatch;
}>;


export type UpdateEntityMutation = { updateEntity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } };

export type MergeEntitiesMutationVariables = Exact<{
  keepId: string;
  mergeId: string;
}>;


export type MergeEntitiesMutation = { mergeEntities: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } };

export type DuplicatesOfQueryVariables = Exact<{
  id: string;
}>;


export type DuplicatesOfQuery = { duplicatesOf: Array<{ id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }> };

export type SimilarEntitiesQueryVariables = Exact<{
  name: string;
  aliases?: Array<string> | string | null | undefined;
  kind?: EntityKind | null | undefined;
}>;


export type SimilarEntitiesQuery = { similarEntities: Array<{ id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }> };

export type DuplicateEdgesQueryVariables = Exact<{
  input: EdgeDraft;
}>;


export type DuplicateEdgesQuery = { duplicateEdges: Array<{ id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> }> };

export type RelationshipsOfQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RelationshipsOfQuery = { neighborhood: { edges: Array<{ id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, to: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }, citations: Array<{ id: string, locator: string | null, quote: string | null, stance: Stance, retracted: boolean, retractedReason: string | null, retractedAt: string | null, retractedBy: string | null, source: { id: string, kind: string, title: string, url: string | null, publisher: string | null, author: string | null, publishedAt: string | null, language: string | null, sensitivity: Sensitivity, redacted: boolean } }> }> } };

export type HistoryQueryVariables = Exact<{
  id: string;
}>;


export type HistoryQuery = { history: Array<{ id: string, at: string, actor: string, action: string, targetId: string, beforeJson: string | null, afterJson: string | null }> };

export type ExportEntitiesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExportEntitiesQuery = { entities: Array<{ id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> }> };

export type MapFieldsFragment = { id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> };

export type MapsQueryVariables = Exact<{
  includeDeleted?: boolean | null | undefined;
}>;


export type MapsQuery = { maps: Array<{ id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> }> };

export type MapQueryVariables = Exact<{
  id: string;
}>;


export type MapQuery = { map: { id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> } | null };

export type SaveMapMutationVariables = Exact<{
  input: MapInput;
}>;


export type SaveMapMutation = { saveMap: { id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> } };

export type UpdateMapMutationVariables = Exact<{
  id: string;
  input: MapInput;
}>;


export type UpdateMapMutation = { updateMap: { id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> } };

export type DeleteMapMutationVariables = Exact<{
  id: string;
}>;


export type DeleteMapMutation = { deleteMap: { id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> } };

export type RestoreMapMutationVariables = Exact<{
  id: string;
}>;


export type RestoreMapMutation = { restoreMap: { id: string, title: string, caption: string | null, layout: string, owner: string, updatedAt: string, deletedAt: string | null, redacted: boolean, entities: Array<{ id: string, x: number, y: number, pinned: boolean, hidden: boolean, entity: { id: string, kind: EntityKind, name: string, description: string | null, startDate: string | null, endDate: string | null, sensitivity: Sensitivity, degree: number, redacted: boolean, aliases: Array<{ value: string, lang: string | null }> } | null }>, filters: { kinds: Array<EntityKind> | null, types: Array<string> | null, confidence: Array<Confidence> | null, includeContested: boolean, includeRetracted: boolean, from: string | null, to: string | null }, annotations: Array<{ id: string, text: string, target: AnnotationTarget, targetId: string | null, x: number | null, y: number | null }>, communities: Array<{ name: string, members: Array<string> }> } };

export type MapEdgesQueryVariables = Exact<{
  ids: Array<string> | string;
  filter?: EdgeFilter | null | undefined;
}>;


export type MapEdgesQuery = { neighborhood: { edges: Array<{ id: string, type: string, validFrom: string | null, validTo: string | null, confidence: Confidence, status: EdgeStatus, note: string | null, retractedReason: string | null, from: { id: string }, to: { id: string }, citations: Array<{ id: string, stance: Stance, source: { id: string } }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityFieldsFragmentDoc = new TypedDocumentString(`
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
    `, {"fragmentName":"EntityFields"}) as unknown as TypedDocumentString<EntityFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const EdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}`, {"fragmentName":"EdgeFields"}) as unknown as TypedDocumentString<EdgeFieldsFragment, unknown>;
export const LeanEdgeFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeanEdgeFields on Edge {
  id
  type
  from {
    id
  }
  to {
    id
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    stance
    source {
      id
    }
  }
}
    `, {"fragmentName":"LeanEdgeFields"}) as unknown as TypedDocumentString<LeanEdgeFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  name
  role
  restrictedAccess
  disabled
  hasToken
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const MapFieldsFragmentDoc = new TypedDocumentString(`
    fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`, {"fragmentName":"MapFields"}) as unknown as TypedDocumentString<MapFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $filter: EdgeFilter) {
  neighborhood(ids: $ids, depth: $depth, filter: $filter) {
    truncated
    canvas
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter, first: $first) {
    nodes {
      ...EntityFields
    }
    edges {
      ...EdgeFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const RelationshipTypesDocument = new TypedDocumentString(`
    query RelationshipTypes {
  relationshipTypes {
    name
    label
    from
    to
  }
}
    `) as unknown as TypedDocumentString<RelationshipTypesQuery, RelationshipTypesQueryVariables>;
export const SourcesDocument = new TypedDocumentString(`
    query Sources($query: String, $first: Int) {
  sources(query: $query, first: $first) {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}`) as unknown as TypedDocumentString<SourcesQuery, SourcesQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const EdgeDocument = new TypedDocumentString(`
    query Edge($id: ID!) {
  edge(id: $id) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<EdgeQuery, EdgeQueryVariables>;
export const EdgesDocument = new TypedDocumentString(`
    query Edges($ids: [ID!]!) {
  edges(ids: $ids) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<EdgesQuery, EdgesQueryVariables>;
export const CreateEntityDocument = new TypedDocumentString(`
    mutation CreateEntity($input: EntityInput!) {
  createEntity(input: $input) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<CreateEntityMutation, CreateEntityMutationVariables>;
export const CreateSourceDocument = new TypedDocumentString(`
    mutation CreateSource($input: SourceInput!) {
  createSource(input: $input) {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}`) as unknown as TypedDocumentString<CreateSourceMutation, CreateSourceMutationVariables>;
export const AddEdgeDocument = new TypedDocumentString(`
    mutation AddEdge($input: EdgeInput!) {
  addEdge(input: $input) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<AddEdgeMutation, AddEdgeMutationVariables>;
export const AddCitationDocument = new TypedDocumentString(`
    mutation AddCitation($edgeId: ID!, $citation: CitationInput!) {
  addCitation(edgeId: $edgeId, citation: $citation) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<AddCitationMutation, AddCitationMutationVariables>;
export const RetractEdgeDocument = new TypedDocumentString(`
    mutation RetractEdge($id: ID!, $reason: String!) {
  retractEdge(id: $id, reason: $reason) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<RetractEdgeMutation, RetractEdgeMutationVariables>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($metric: Metric!, $first: Int) {
  ranking(metric: $metric, first: $first) {
    score
    entity {
      ...EntityFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    role
    restrictedAccess
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts {
  accounts {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  name
  role
  restrictedAccess
  disabled
  hasToken
}`) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: AccountInput!) {
  createAccount(input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  name
  role
  restrictedAccess
  disabled
  hasToken
}`) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = new TypedDocumentString(`
    mutation UpdateAccount($name: String!, $input: AccountPatch!) {
  updateAccount(name: $name, input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  name
  role
  restrictedAccess
  disabled
  hasToken
}`) as unknown as TypedDocumentString<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const SetAccountPasswordDocument = new TypedDocumentString(`
    mutation SetAccountPassword($name: String!, $password: String!) {
  setAccountPassword(name: $name, password: $password) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  name
  role
  restrictedAccess
  disabled
  hasToken
}`) as unknown as TypedDocumentString<SetAccountPasswordMutation, SetAccountPasswordMutationVariables>;
export const IssueTokenDocument = new TypedDocumentString(`
    mutation IssueToken($name: String!) {
  issueToken(name: $name) {
    token
  }
}
    `) as unknown as TypedDocumentString<IssueTokenMutation, IssueTokenMutationVariables>;
export const RevokeTokenDocument = new TypedDocumentString(`
    mutation RevokeToken($name: String!) {
  revokeToken(name: $name) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  name
  role
  restrictedAccess
  disabled
  hasToken
}`) as unknown as TypedDocumentString<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const EdgesAmongDocument = new TypedDocumentString(`
    query EdgesAmong($ids: [ID!]!, $filter: EdgeFilter) {
  edgesAmong(ids: $ids, filter: $filter) {
    ...LeanEdgeFields
  }
}
    fragment LeanEdgeFields on Edge {
  id
  type
  from {
    id
  }
  to {
    id
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    stance
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<EdgesAmongQuery, EdgesAmongQueryVariables>;
export const UpdateEdgeDocument = new TypedDocumentString(`
    mutation UpdateEdge($id: ID!, $input: EdgePatch!) {
  updateEdge(id: $id, input: $input) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<UpdateEdgeMutation, UpdateEdgeMutationVariables>;
export const RetractCitationDocument = new TypedDocumentString(`
    mutation RetractCitation($edgeId: ID!, $citationId: ID!, $reason: String!) {
  retractCitation(edgeId: $edgeId, citationId: $citationId, reason: $reason) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<RetractCitationMutation, RetractCitationMutationVariables>;
export const ReinstateEdgeDocument = new TypedDocumentString(`
    mutation ReinstateEdge($id: ID!, $reason: String!) {
  reinstateEdge(id: $id, reason: $reason) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<ReinstateEdgeMutation, ReinstateEdgeMutationVariables>;
export const UpdateEntityDocument = new TypedDocumentString(`
    mutation UpdateEntity($id: ID!, $input: EntityPatch!) {
  updateEntity(id: $id, input: $input) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<UpdateEntityMutation, UpdateEntityMutationVariables>;
export const MergeEntitiesDocument = new TypedDocumentString(`
    mutation MergeEntities($keepId: ID!, $mergeId: ID!) {
  mergeEntities(keepId: $keepId, mergeId: $mergeId) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<MergeEntitiesMutation, MergeEntitiesMutationVariables>;
export const DuplicatesOfDocument = new TypedDocumentString(`
    query DuplicatesOf($id: ID!) {
  duplicatesOf(id: $id) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<DuplicatesOfQuery, DuplicatesOfQueryVariables>;
export const SimilarEntitiesDocument = new TypedDocumentString(`
    query SimilarEntities($name: String!, $aliases: [String!], $kind: EntityKind) {
  similarEntities(name: $name, aliases: $aliases, kind: $kind) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<SimilarEntitiesQuery, SimilarEntitiesQueryVariables>;
export const DuplicateEdgesDocument = new TypedDocumentString(`
    query DuplicateEdges($input: EdgeDraft!) {
  duplicateEdges(input: $input) {
    ...EdgeFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<DuplicateEdgesQuery, DuplicateEdgesQueryVariables>;
export const RelationshipsOfDocument = new TypedDocumentString(`
    query RelationshipsOf($ids: [ID!]!) {
  neighborhood(ids: $ids, depth: 1, limit: 2000, filter: {includeRetracted: true}) {
    edges {
      ...EdgeFields
    }
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment SourceFields on Source {
  id
  kind
  title
  url
  publisher
  author
  publishedAt
  language
  sensitivity
  redacted
}
fragment EdgeFields on Edge {
  id
  type
  from {
    ...EntityFields
  }
  to {
    ...EntityFields
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    locator
    quote
    stance
    retracted
    retractedReason
    retractedAt
    retractedBy
    source {
      ...SourceFields
    }
  }
}`) as unknown as TypedDocumentString<RelationshipsOfQuery, RelationshipsOfQueryVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($id: ID!) {
  history(id: $id) {
    id
    at
    actor
    action
    targetId
    beforeJson
    afterJson
  }
}
    `) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const ExportEntitiesDocument = new TypedDocumentString(`
    query ExportEntities($ids: [ID!]!) {
  entities(ids: $ids) {
    ...EntityFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}`) as unknown as TypedDocumentString<ExportEntitiesQuery, ExportEntitiesQueryVariables>;
export const MapsDocument = new TypedDocumentString(`
    query Maps($includeDeleted: Boolean) {
  maps(includeDeleted: $includeDeleted) {
    ...MapFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}`) as unknown as TypedDocumentString<MapsQuery, MapsQueryVariables>;
export const MapDocument = new TypedDocumentString(`
    query Map($id: ID!) {
  map(id: $id) {
    ...MapFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}`) as unknown as TypedDocumentString<MapQuery, MapQueryVariables>;
export const SaveMapDocument = new TypedDocumentString(`
    mutation SaveMap($input: MapInput!) {
  saveMap(input: $input) {
    ...MapFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}`) as unknown as TypedDocumentString<SaveMapMutation, SaveMapMutationVariables>;
export const UpdateMapDocument = new TypedDocumentString(`
    mutation UpdateMap($id: ID!, $input: MapInput!) {
  updateMap(id: $id, input: $input) {
    ...MapFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}`) as unknown as TypedDocumentString<UpdateMapMutation, UpdateMapMutationVariables>;
export const DeleteMapDocument = new TypedDocumentString(`
    mutation DeleteMap($id: ID!) {
  deleteMap(id: $id) {
    ...MapFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}`) as unknown as TypedDocumentString<DeleteMapMutation, DeleteMapMutationVariables>;
export const RestoreMapDocument = new TypedDocumentString(`
    mutation RestoreMap($id: ID!) {
  restoreMap(id: $id) {
    ...MapFields
  }
}
    fragment EntityFields on Entity {
  id
  kind
  name
  aliases {
    value
    lang
  }
  description
  startDate
  endDate
  sensitivity
  degree
  redacted
}
fragment MapFields on Map {
  id
  title
  caption
  layout
  owner
  updatedAt
  deletedAt
  redacted
  entities {
    id
    x
    y
    pinned
    hidden
    entity {
      ...EntityFields
    }
  }
  filters {
    kinds
    types
    confidence
    includeContested
    includeRetracted
    from
    to
  }
  annotations {
    id
    text
    target
    targetId
    x
    y
  }
  communities {
    name
    members
  }
}`) as unknown as TypedDocumentString<RestoreMapMutation, RestoreMapMutationVariables>;
export const MapEdgesDocument = new TypedDocumentString(`
    query MapEdges($ids: [ID!]!, $filter: EdgeFilter) {
  neighborhood(ids: $ids, depth: 1, filter: $filter, limit: 2000) {
    edges {
      ...LeanEdgeFields
    }
  }
}
    fragment LeanEdgeFields on Edge {
  id
  type
  from {
    id
  }
  to {
    id
  }
  validFrom
  validTo
  confidence
  status
  note
  retractedReason
  citations {
    id
    stance
    source {
      id
    }
  }
}`) as unknown as TypedDocumentString<MapEdgesQuery, MapEdgesQueryVariables>;