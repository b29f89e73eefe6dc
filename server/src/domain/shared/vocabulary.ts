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

/** The kinds that act: they assert, spread or refute claims. */
const ACTORS = ['person', 'organization'] as const satisfies readonly EntityKind[];
/** Any kind at that end. */
const ANY = ENTITY_KINDS;

/**
 * Relationship types. `selfLoop` says whether an entity may stand at both ends (an organization may not be its own
 * member; a claim may not be about itself); `from` and `to` are the kinds allowed at each end. Extend the vocabulary
 * here and nowhere else.
 */
export const RELATIONSHIP_TYPES = {
  MEMBER_OF: { label: 'member of', selfLoop: false, from: ANY, to: ANY },
  LEADS: { label: 'leads', selfLoop: false, from: ANY, to: ANY },
  FOUNDED: { label: 'founded', selfLoop: false, from: ANY, to: ANY },
  AFFILIATED_WITH: { label: 'affiliated with', selfLoop: false, from: ANY, to: ANY },
  ALLIED_WITH: { label: 'allied with', selfLoop: false, from: ANY, to: ANY },
  FUNDED: { label: 'funded', selfLoop: false, from: ANY, to: ANY },
  SUPPORTED: { label: 'supported', selfLoop: false, from: ANY, to: ANY },
  OPPOSED: { label: 'opposed', selfLoop: false, from: ANY, to: ANY },
  TARGETED: { label: 'targeted', selfLoop: false, from: ANY, to: ANY },
  SUED: { label: 'sued', selfLoop: false, from: ANY, to: ANY },
  DENIED: { label: 'denied', selfLoop: false, from: ANY, to: ANY },
  ORGANIZED: { label: 'organized', selfLoop: false, from: ANY, to: ANY },
  PARTICIPATED_IN: { label: 'participated in', selfLoop: false, from: ANY, to: ANY },
  SPOKE_AT: { label: 'spoke at', selfLoop: false, from: ANY, to: ANY },
  AUTHORIZED: { label: 'authorized', selfLoop: false, from: ANY, to: ANY },
  ASSERTED: { label: 'asserted', selfLoop: false, from: ACTORS, to: ['claim'] },
  SPREAD: { label: 'spread', selfLoop: false, from: ACTORS, to: ['claim'] },
  REFUTED: { label: 'refuted', selfLoop: false, from: ACTORS, to: ['claim'] },
  ABOUT: { label: 'about', selfLoop: false, from: ['claim'], to: ANY },
  ENACTED: { label: 'enacted', selfLoop: false, from: ['person', 'organization', 'event', 'law'], to: ['law'] },
  APPLIED: { label: 'applied', selfLoop: false, from: ['person', 'organization', 'event', 'law'], to: ['law'] },
  AMENDED: { label: 'amended', selfLoop: false, from: ['person', 'organization', 'event', 'law'], to: ['law'] },
  LOCATED_IN: { label: 'located in', selfLoop: false, from: ['person', 'organization', 'event', 'place'], to: ['place'] },
} as const satisfies Record<string, RelationshipTypeRule>;

export interface RelationshipTypeRule {
  label: string;
  selfLoop: boolean;
  /** The kinds allowed where the relationship starts. */
  from: readonly EntityKind[];
  /** The kinds allowed where it ends. */
  to: readonly EntityKind[];
}
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

/** The rule of a relationship type, or undefined for a type outside the vocabulary. */
export function relationshipRule(type: string): RelationshipTypeRule | undefined {
  return isRelationshipType(type) ? RELATIONSHIP_TYPES[type] : undefined;
}

/** Neo4j label for an entity kind (`organization` -> `Organization`). */
export function kindLabel(kind: EntityKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
