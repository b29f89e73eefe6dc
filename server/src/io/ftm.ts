// FollowTheMoney entities as JSON lines, the format Aleph imports: each entity as its schema (Person, Organization,
// Event, ...) and each relationship as an interval schema (Membership, Directorship, Payment, or UnknownLink with the
// relationship type as its role), carrying dates, the cited sources' URLs and publishers, and Actornet's ids.
import type { ExportGraph } from '../domain/export-service.ts';
import type { EntityRecord } from '../domain/records.ts';
import type { Edge } from '../domain/types.ts';
import { RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../domain/shared/vocabulary.ts';

const ENTITY_SCHEMA: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  event: 'Event',
  // A claim is a statement someone makes about something: Aleph's annotation on an entity.
  claim: 'Note',
  law: 'Document',
  place: 'Address',
};

/** Schemata whose FtM range accepts a legal entity: only these may be a Membership's member or a Directorship's director. */
const LEGAL_ENTITY = new Set<EntityKind>(['person', 'organization']);

type Properties = Record<string, string[]>;
interface FtmEntity {
  id: string;
  schema: string;
  properties: Properties;
}

function props(entries: [string, (string | null | undefined)[]][]): Properties {
  const out: Properties = {};
  for (const [key, values] of entries) {
    const present = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (present.length > 0) out[key] = present;
  }
  return out;
}

function entityOf(e: EntityRecord): FtmEntity {
  const schema = ENTITY_SCHEMA[e.kind];
  const dates: [string, (string | null)[]][] =
    e.kind === 'event' ? [['startDate', [e.startDate]], ['endDate', [e.endDate]], ['date', [e.startDate]]] : e.kind === 'person' ? [['birthDate', [e.startDate]], ['deathDate', [e.endDate]]] : e.kind === 'organization' ? [['incorporationDate', [e.startDate]], ['dissolutionDate', [e.endDate]]] : [];
  return {
    id: e.id,
    schema,
    properties: props([
      ['name', [e.name]],
      ['alias', e.aliases.map((a) => a.value)],
      ['description', [e.description]],
      ...(schema === 'Document' ? ([['title', [e.name]]] as [string, string[]][]) : []),
      ...(schema === 'Address' ? ([['full', [e.name]]] as [string, string[]][]) : []),
      ...dates,
    ]),
  };
}

function linkOf(edge: Edge, kinds: Map<string, EntityKind>, sources: Map<string, ExportGraph['sources'][number]>): FtmEntity {
  const from = kinds.get(edge.from);
  const to = kinds.get(edge.to);
  const cited = edge.citations.flatMap((c) => sources.get(c.sourceId) ?? []);
  const common: [string, (string | null)[]][] = [
    ['startDate', [edge.validFrom]],
    ['endDate', [edge.validTo]],
    ['description', [edge.note]],
    ['summary', [`${RELATIONSHIP_TYPES[edge.type as RelationshipType]?.label ?? edge.type} (${edge.confidence}, ${edge.status})`]],
    ['recordId', [edge.id]],
    ['sourceUrl', cited.map((s) => s.url)],
    ['publisher', cited.map((s) => s.publisher)],
  ];
  const legalFrom = from !== undefined && LEGAL_ENTITY.has(from);
  if (edge.type === 'MEMBER_OF' && legalFrom && to === 'organization') {
    return { id: edge.id, schema: 'Membership', properties: props([['member', [edge.from]], ['organization', [edge.to]], ['role', ['member']], ...common]) };
  }
  if (edge.type === 'LEADS' && legalFrom && to === 'organization') {
    return { id: edge.id, schema: 'Directorship', properties: props([['director', [edge.from]], ['organization', [edge.to]], ['role', ['leader']], ...common]) };
  }
  if (edge.type === 'FUNDED' && legalFrom && to !== undefined && LEGAL_ENTITY.has(to)) {
    return { id: edge.id, schema: 'Payment', properties: props([['payer', [edge.from]], ['beneficiary', [edge.to]], ['purpose', [edge.note]], ...common]) };
  }
  return { id: edge.id, schema: 'UnknownLink', properties: props([['subject', [edge.from]], ['object', [edge.to]], ['role', [RELATIONSHIP_TYPES[edge.type as RelationshipType]?.label ?? edge.type]], ...common]) };
}

export function writeFtm(graph: ExportGraph): string {
  const kinds = new Map(graph.entities.map((e) => [e.id, e.kind]));
  const sources = new Map(graph.sources.map((s) => [s.id, s]));
  const lines = [...graph.entities.map(entityOf), ...graph.edges.filter((e) => kinds.has(e.from) && kinds.has(e.to)).map((e) => linkOf(e, kinds, sources))];
  return lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
}
