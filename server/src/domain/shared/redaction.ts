// What a restricted record looks like to someone who may not see it: the field rule itself, pure and browser-safe.
// The server applies it per viewer through domain/visibility.ts; the client applies it only to what it publishes.

export const REDACTED_NAME = '[restricted]';

export function isRestricted(item: { sensitivity: string }): boolean {
  return item.sensitivity === 'restricted';
}

/** Ids of the restricted entities and sources a viewer may not see: what an edge's free text must not reveal. */
export interface HiddenIds {
  entities: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

interface EntityText {
  name: string;
  aliases: readonly unknown[];
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  createdBy?: string;
  updatedBy?: string;
  redacted?: boolean;
}

interface SourceText {
  title: string;
  author: string | null;
  publisher: string | null;
  url: string | null;
  createdBy?: string;
  redacted?: boolean;
}

/** A citation's free text; a citation summary (what the canvas draws) carries none of it. */
interface CitationText {
  sourceId: string;
  quote?: string | null;
  locator?: string | null;
  retraction?: { reason: string };
}

interface EdgeText {
  from: string;
  to: string;
  note: string | null;
  retractedReason: string | null;
  citations: readonly CitationText[];
}

const blank = (value: string | null) => (value === null ? null : REDACTED_NAME);
const blankAuthor = (value: string | undefined) => (value === undefined ? undefined : REDACTED_NAME);

/** Every identifying field of a restricted entity is blanked; its id, kind and degree stay so the graph keeps its shape. */
export function blankEntity<T extends EntityText>(entity: T): T {
  return {
    ...entity,
    name: REDACTED_NAME,
    aliases: [],
    description: null,
    startDate: null,
    endDate: null,
    ...(entity.createdBy === undefined ? {} : { createdBy: blankAuthor(entity.createdBy) }),
    ...(entity.updatedBy === undefined ? {} : { updatedBy: blankAuthor(entity.updatedBy) }),
    redacted: true,
  };
}

/** A restricted source keeps its kind and dates; its title, author, publisher and link are blanked. */
export function blankSource<T extends SourceText>(source: T): T {
  return {
    ...source,
    title: REDACTED_NAME,
    author: null,
    publisher: null,
    url: null,
    ...(source.createdBy === undefined ? {} : { createdBy: blankAuthor(source.createdBy) }),
    redacted: true,
  };
}

/**
 * An edge touching a hidden entity, or citing a hidden source, keeps its type, ends and evidence count, but its note
 * and the quotes, locators and retraction reasons of its citations may name the person at risk, so they are blanked.
 */
export function blankEdgeText<T extends EdgeText>(edge: T, hidden: HiddenIds): T {
  const touchesHidden = hidden.entities.has(edge.from) || hidden.entities.has(edge.to);
  const citesHidden = edge.citations.some((c) => hidden.sources.has(c.sourceId));
  if (!touchesHidden && !citesHidden) return edge;
  return {
    ...edge,
    note: blank(edge.note),
    retractedReason: blank(edge.retractedReason),
    citations: edge.citations.map((c) =>
      touchesHidden || hidden.sources.has(c.sourceId)
        ? {
            ...c,
            ...(c.quote === undefined ? {} : { quote: blank(c.quote) }),
            ...(c.locator === undefined ? {} : { locator: blank(c.locator) }),
            ...(c.retraction ? { retraction: { ...c.retraction, reason: REDACTED_NAME } } : {}),
          }
        : c,
    ),
  };
}
