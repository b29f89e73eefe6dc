// The client's names for what the API returns. Wire shapes come from the generated documents (`npm run codegen`);
// what is written here is only how the cache holds them (edge ends as ids; lean canvas copies marked as such).
import type { CanvasEdgeRow } from '../../../server/src/domain/shared/canvas-wire.ts';
import { CONFIDENCES, ENTITY_KINDS, SOURCE_KINDS } from '../../../server/src/domain/shared/vocabulary.ts';
import type {
  Confidence,
  EdgeFieldsFragment,
  EdgeFilter,
  EdgeStatus,
  EntityFieldsFragment,
  EntityKind,
  LeanEdgeFieldsFragment,
  RelationshipTypesQuery,
  Sensitivity,
  SourceFieldsFragment,
  Stance,
} from './generated/graphql.ts';

export type EntityKindName = EntityKind;
export type ConfidenceName = Confidence;
export type EdgeStatusName = EdgeStatus;
export type StanceName = Stance;
export type SensitivityName = Sensitivity;
export type ApiEdgeFilter = EdgeFilter;

/** GraphQL's enum values are the domain vocabulary in upper case. */
const wire = <T extends string>(values: readonly string[]) => values.map((v) => v.toUpperCase() as T);
export const ENTITY_KIND_NAMES: readonly EntityKindName[] = wire<EntityKindName>(ENTITY_KINDS);
export const CONFIDENCE_NAMES: readonly ConfidenceName[] = wire<ConfidenceName>(CONFIDENCES);
export const SOURCE_KIND_NAMES = SOURCE_KINDS;

export type ApiEntity = EntityFieldsFragment;
export type ApiAlias = ApiEntity['aliases'][number];
export type ApiSource = SourceFieldsFragment;
export type ApiCitation = EdgeFieldsFragment['citations'][number];
export type RelationshipTypeInfo = RelationshipTypesQuery['relationshipTypes'][number];

/** A citation as the canvas query returns it: enough for styling and source numbering, not for showing evidence. */
export type CitationRef = LeanEdgeFieldsFragment['citations'][number];

/** An edge as cached: its ends are kept as ids; the entities themselves live in the entity cache. */
export interface ApiEdge extends Omit<EdgeFieldsFragment, 'from' | 'to'> {
  from: string;
  to: string;
}

/** An edge from the canvas query: every field but the citations' locator, quote and source details. */
export interface LeanEdge extends Omit<LeanEdgeFieldsFragment, 'from' | 'to'> {
  from: string;
  to: string;
  lean: true;
}

/** `Subgraph.canvas`: the neighborhood in the lean shape, as one object, each edge a row of its fields. */
export interface CanvasPayload {
  nodes: ApiEntity[];
  edges: CanvasEdgeRow<Confidence, EdgeStatus, Stance>[];
}

/** What the cache holds per edge id: the full edge once anything fetched it in full, else the lean one. */
export type CachedEdge = ApiEdge | LeanEdge;

export function isFullEdge(edge: CachedEdge): edge is ApiEdge {
  return !('lean' in edge);
}

export interface ApiPath {
  nodes: ApiEntity[];
  edges: ApiEdge[];
}
