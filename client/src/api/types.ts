// Shapes of the data the GraphQL API returns, as the client sees them (enums in GraphQL's uppercase form).
export type EntityKindName = 'PERSON' | 'ORGANIZATION' | 'EVENT' | 'CLAIM' | 'LAW' | 'PLACE';
export type ConfidenceName = 'CONFIRMED' | 'REPORTED' | 'ALLEGED';
export type EdgeStatusName = 'ACTIVE' | 'CONTESTED' | 'RETRACTED';
export type StanceName = 'SUPPORTS' | 'DISPUTES';
export type SensitivityName = 'PUBLIC' | 'RESTRICTED';

export const ENTITY_KIND_NAMES: readonly EntityKindName[] = ['PERSON', 'ORGANIZATION', 'EVENT', 'CLAIM', 'LAW', 'PLACE'];
export const CONFIDENCE_NAMES: readonly ConfidenceName[] = ['CONFIRMED', 'REPORTED', 'ALLEGED'];
export const SOURCE_KIND_NAMES = ['report', 'news', 'court_record', 'official_document', 'social_media_post', 'interview', 'other'] as const;

export interface ApiAlias {
  value: string;
  lang: string | null;
}

export interface ApiEntity {
  id: string;
  kind: EntityKindName;
  name: string;
  aliases: ApiAlias[];
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  sensitivity: SensitivityName;
  degree: number;
  redacted: boolean;
}

export interface ApiSource {
  id: string;
  kind: string;
  title: string;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  sensitivity: SensitivityName;
  redacted: boolean;
}

export interface ApiCitation {
  id: string;
  source: ApiSource;
  locator: string | null;
  quote: string | null;
  stance: StanceName;
}

/** A citation as the canvas query returns it: enough for styling and source numbering, not for showing evidence. */
export interface CitationRef {
  id: string;
  stance: StanceName;
  source: { id: string };
}

/** An edge as cached: its ends are kept as ids; the entities themselves live in the entity cache. */
export interface ApiEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: ConfidenceName;
  status: EdgeStatusName;
  note: string | null;
  citations: ApiCitation[];
  retractedReason: string | null;
}

/** An edge from the canvas query: every field but the citations' locator, quote and source details. */
export interface LeanEdge extends Omit<ApiEdge, 'citations'> {
  citations: CitationRef[];
  lean: true;
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

export interface RelationshipTypeInfo {
  name: string;
  label: string;
  /** The kinds of entity it may start at and end at: the form offers a type only where both ends fit. */
  from: EntityKindName[];
  to: EntityKindName[];
}

export interface ApiEdgeFilter {
  types?: string[];
  confidence?: ConfidenceName[];
  includeContested?: boolean;
  includeRetracted?: boolean;
  from?: string;
  to?: string;
}
