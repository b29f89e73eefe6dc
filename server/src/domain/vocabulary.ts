// The controlled vocabularies of the graph, kept in one place so the schemas, the stores, the API and the client agree.

export const ENTITY_KINDS = ['person', 'organization', 'event', 'claim', 'law', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const CONFIDENCES = ['confirmed', 'reported', 'alleged'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const EDGE_STATUSES = ['active', 'contested', 'retracted'] as const;
export type EdgeStatus = (typeof EDGE_STATUSES)[number];

export const STANCES = ['supports', 'disputes'] as const;
export type Stance = (typeof STANCES)[number];

export const SENSITIVITIES = ['public', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const SOURCE_KINDS = [
  'report',
  'news',
  'court_record',
  'official_document',
  'social_media_post',
  'interview',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Relationship types. `selfLoop` says whether an entity may stand at both ends (an organization may not be its own
 * member; a claim may not be about itself). Extend the vocabulary here and nowhere else.
 */
export const RELATIONSHIP_TYPES = {
  MEMBER_OF: { label: 'member of', selfLoop: false },
  LEADS: { label: 'leads', selfLoop: false },
  FOUNDED: { label: 'founded', selfLoop: false },
  AFFILIATED_WITH: { label: 'affiliated with', selfLoop: false },
  ALLIED_WITH: { label: 'allied with', selfLoop: false },
  FUNDED: { label: 'funded', selfLoop: false },
  SUPPORTED: { label: 'supported', selfLoop: false },
  OPPOSED: { label: 'opposed', selfLoop: false },
  TARGETED: { label: 'targeted', selfLoop: false },
  SUED: { label: 'sued', selfLoop: false },
  DENIED: { label: 'denied', selfLoop: false },
  ORGANIZED: { label: 'organized', selfLoop: false },
  PARTICIPATED_IN: { label: 'participated in', selfLoop: false },
  SPOKE_AT: { label: 'spoke at', selfLoop: false },
  AUTHORIZED: { label: 'authorized', selfLoop: false },
  ASSERTED: { label: 'asserted', selfLoop: false },
  SPREAD: { label: 'spread', selfLoop: false },
  REFUTED: { label: 'refuted', selfLoop: false },
  ABOUT: { label: 'about', selfLoop: false },
  ENACTED: { label: 'enacted', selfLoop: false },
  APPLIED: { label: 'applied', selfLoop: false },
  AMENDED: { label: 'amended', selfLoop: false },
  LOCATED_IN: { label: 'located in', selfLoop: false },
} as const satisfies Record<string, { label: string; selfLoop: boolean }>;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

/** Neo4j label for an entity kind (`organization` -> `Organization`). */
export function kindLabel(kind: EntityKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
