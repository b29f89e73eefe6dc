// The graph as the domain sees it. Stores return these shapes and nothing driver-specific.
import type { Confidence, EdgeStatus, EntityKind, Sensitivity, SourceKind, Stance } from './shared/vocabulary.ts';

export interface Alias {
  value: string;
  /** BCP 47 tag naming language and, where it matters, script: `ru`, `kk`, `kk-Latn`, `ru-Latn`, `en`. */
  lang: string | null;
}

export interface Audited {
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface Entity extends Audited {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: Alias[];
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  sensitivity: Sensitivity;
  /** Number of non-retracted edges touching this entity. */
  degree: number;
  /** True when the caller may not see this entity: every identifying field has been blanked. */
  redacted?: boolean;
}

export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  author: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  retrievedAt: string | null;
  language: string | null;
  sensitivity: Sensitivity;
  /** The source this one is part of, e.g. a footnote's document within a report. */
  partOf: string | null;
  createdAt: string;
  createdBy: string;
  redacted?: boolean;
}

export interface Citation {
  id: string;
  edgeId: string;
  sourceId: string;
  locator: string | null;
  quote: string | null;
  stance: Stance;
  addedAt: string;
  addedBy: string;
  /** Present once the citation is retracted: it stays on the relationship with its reason, and no longer counts. */
  retraction?: CitationRetraction;
}

export interface CitationRetraction {
  reason: string;
  at: string;
  by: string;
}

export interface Edge extends Audited {
  id: string;
  type: string;
  from: string;
  to: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: Confidence;
  status: EdgeStatus;
  note: string | null;
  citations: Citation[];
  retractedReason: string | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Edge[];
  truncated: boolean;
}

/** What the canvas draws of a citation: which source it cites and how, without its text or its history. */
export type CitationSummary = Pick<Citation, 'id' | 'edgeId' | 'sourceId' | 'stance'>;

/** A relationship as the canvas draws it: its own fields, with its citations as summaries. */
export type EdgeSummary = Omit<Edge, 'citations'> & { citations: CitationSummary[] };

/**
 * A neighborhood as the canvas asks for it. A `Subgraph` is one too (every full record holds its summary), so a store
 * may answer a summary lookup with full records.
 */
export interface CanvasGraph {
  nodes: Entity[];
  edges: EdgeSummary[];
  truncated: boolean;
}

export interface Path {
  nodes: Entity[];
  edges: Edge[];
}

export interface GraphStats {
  entities: number;
  edges: number;
  sources: number;
  citations: number;
}
