// The rules of an import, whatever the file format: every row is checked with the domain schemas and its errors are
// named by file, row and column; each entity is matched by name across scripts (the search keys) to one already
// stored, or proposed as new; relationships without a citation and references to unknown records are refused. The
// plan is what a preview shows and what a commit writes, all or nothing.
import { z } from 'zod';
import type { GraphStore } from '../ports/graph-store.ts';
import { assertSelfLoopAllowed, statusDisagreement } from './edge-rules.ts';
import { ValidationError } from './errors.ts';
import { newId } from './ids.ts';
import { parseGraphBundle, parseImportEdge } from './bundle-parse.ts';
import { entityInputSchema, importEdgeSchema, sourceInputSchema, type GraphBundle, type GraphBundleData } from './schemas.ts';
import { searchKey } from './search-keys.ts';
import type { Entity } from './types.ts';
import { redactEntity, type Viewer } from './visibility.ts';

/** Where a record came from: a CSV file and line (the header is line 1), or a JSON bundle section and index. */
export interface RowLocation {
  file: string;
  row: number;
}

export interface ImportIssue extends RowLocation {
  /** The column (CSV) or field (JSON) at fault; null when the whole row or file is. */
  column: string | null;
  message: string;
}

export interface DraftRecord {
  at: RowLocation;
  /** The record in the bundle's shape, as read; the schemas decide whether it is good. */
  value: Record<string, unknown>;
  /** The file's name for each field, e.g. validFrom -> valid_from. */
  columns: Record<string, string>;
  /** For a relationship: where each of its citations came from. */
  citations?: { at: RowLocation; columns: Record<string, string> }[];
}

export interface ImportDraft {
  format: 'csv' | 'json';
  sources: DraftRecord[];
  entities: DraftRecord[];
  edges: DraftRecord[];
  /** Problems found while reading the file itself (encoding, headers, unknown columns). */
  issues: ImportIssue[];
}

export interface NameMatch extends RowLocation {
  name: string;
  kind: string;
  /** The stored entity this row is taken to be, or null when it will be created. */
  existing: { id: string; name: string } | null;
}

export interface ImportPlan {
  format: 'csv' | 'json';
  rows: { sources: number; entities: number; edges: number; citations: number };
  errors: ImportIssue[];
  /** Relationships refused (no citation); they are errors too, listed apart for the preview. */
  refused: ImportIssue[];
  matches: NameMatch[];
  /** The new records the file holds (matched entities and stored sources left out), as read. */
  creates: GraphBundleData;
  /** What a commit writes: `creates` parsed into a bundle, or null when the file has any problem. */
  bundle: GraphBundle | null;
  /** Stored sources the file cites by id, reused rather than created. */
  reusedSources: string[];
  /** Relationships the store already holds under the same id: left as they are. */
  existingEdges: number;
}

/** An import preview lists at most this many issues; a commit refuses on the first. */
export const MAX_LISTED_ISSUES = 500;

function issuesOf(error: z.ZodError, record: DraftRecord): ImportIssue[] {
  return error.issues.map((issue) => {
    const [field, index, sub, part] = issue.path;
    if (field === 'citations' && typeof index === 'number' && record.citations?.[index]) {
      const c = record.citations[index];
      // A nested field (a retraction's `at`) is named by its own column where the file has one.
      const nested = typeof sub === 'string' && typeof part === 'string' ? c.columns[`${sub}.${part}`] : undefined;
      return { ...c.at, column: nested ?? (typeof sub === 'string' ? (c.columns[sub] ?? sub) : null), message: issue.message };
    }
    const name = typeof field === 'string' ? field : null;
    return { ...record.at, column: name === null ? null : (record.columns[name] ?? name), message: issue.message };
  });
}

function check<S extends z.ZodType>(schema: S, record: DraftRecord, errors: ImportIssue[], parse: (value: unknown) => z.ZodSafeParseResult<z.output<S>> = (v) => schema.safeParse(v)): z.output<S> | null {
  const result = parse(record.value);
  if (result.success) return result.data;
  errors.push(...issuesOf(result.error, record));
  return null;
}

const keyOf = (name: string) => searchKey(name);

// A file's records must carry their ids: relationships and citations refer to them.
const importSourceSchema = sourceInputSchema.extend({ id: sourceInputSchema.shape.id.unwrap() });
const importEntitySchema = entityInputSchema.safeExtend({ id: entityInputSchema.shape.id.unwrap() });

/** The stored entity a row names: same kind, and the name or an alias equal to the row's once folded across scripts. */
async function matchEntity(store: GraphStore, row: { kind: Entity['kind']; name: string; aliases: { value: string }[] }, includeRestricted: boolean): Promise<Entity | null> {
  const wanted = new Set([row.name, ...row.aliases.map((a) => a.value)].map(keyOf));
  const found = await store.search(row.name, { kinds: [row.kind], first: 5, includeRestricted });
  return found.find((e) => [e.name, ...e.aliases.map((a) => a.value)].some((n) => wanted.has(keyOf(n)))) ?? null;
}

/** Called as rows are checked: how many of all the file's rows are done. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * `viewer` decides what the preview may name: a restricted entity is matched by name only for a viewer who may see
 * it, and a match by id to one shows it as `[restricted]` to anyone else.
 */
export async function planImport(store: GraphStore, draft: ImportDraft, viewer: Viewer, onProgress: ImportProgress = () => undefined): Promise<ImportPlan> {
  const total = draft.sources.length + draft.entities.length + draft.edges.length;
  let done = 0;
  const tick = () => {
    if (++done % 5000 === 0 || done === total) onProgress(done, total);
  };
  const errors: ImportIssue[] = [...draft.issues];
  const refused: ImportIssue[] = [];
  const matches: NameMatch[] = [];
  const bundle: GraphBundleData = { sources: [], entities: [], edges: [] };
  const storeIsEmpty = await store.isEmpty();

  const sourceIds = new Map<string, RowLocation>();
  const reusedSources: string[] = [];
  const storedSources = new Set(storeIsEmpty ? [] : (await store.getSources(draft.sources.map((s) => String(s.value.id ?? '')).filter(Boolean))).map((s) => s.id));
  for (const record of draft.sources) {
    tick();
    const source = check(importSourceSchema, record, errors);
    if (!source) continue;
    if (sourceIds.has(source.id)) {
      errors.push({ ...record.at, column: record.columns.id ?? 'id', message: `repeats source id ${source.id}` });
      continue;
    }
    sourceIds.set(source.id, record.at);
    if (storedSources.has(source.id)) reusedSources.push(source.id);
    else bundle.sources.push(source);
  }

  /** Each entity id of the file and the id it stands for in the store after matching. */
  const entityIds = new Map<string, string>();
  for (const record of draft.entities) {
    tick();
    const entity = check(importEntitySchema, record, errors);
    if (!entity) continue;
    if (entityIds.has(entity.id)) {
      errors.push({ ...record.at, column: record.columns.id ?? 'id', message: `repeats entity id ${entity.id}` });
      continue;
    }
    const byId = storeIsEmpty ? null : await store.getEntity(entity.id);
    const existing = byId ?? (storeIsEmpty ? null : await matchEntity(store, entity, viewer.canSeeRestricted));
    matches.push({ ...record.at, name: entity.name, kind: entity.kind, existing: existing && { id: existing.id, name: redactEntity(viewer, existing).name } });
    entityIds.set(entity.id, existing?.id ?? entity.id);
    if (!existing) bundle.entities.push(entity);
  }

  const storedEntity = async (id: string) => !storeIsEmpty && (await store.getEntity(id)) !== null;
  // Citations may name a source the store already holds without the file defining it.
  const citedElsewhere = storeIsEmpty
    ? []
    : [...new Set(draft.edges.flatMap((r) => (Array.isArray(r.value.citations) ? r.value.citations : []).map((c: { sourceId?: unknown }) => String(c?.sourceId ?? ''))))].filter((id) => id && !sourceIds.has(id));
  for (const s of citedElsewhere.length ? await store.getSources(citedElsewhere) : []) {
    sourceIds.set(s.id, { file: 'store', row: 0 });
    reusedSources.push(s.id);
  }
  let citations = 0;
  let existingEdges = 0;
  const citationIds = new Set<string>();
  for (const record of draft.edges) {
    tick();
    const cited = Array.isArray(record.value.citations) ? record.value.citations.length : 0;
    citations += cited;
    if (cited === 0) {
      refused.push({ ...record.at, column: record.columns.citations ?? 'citations', message: 'a relationship needs at least one citation; this one has none and is refused' });
      continue;
    }
    const edge = check(importEdgeSchema, record, errors, parseImportEdge);
    if (!edge) continue;
    const disagreement = statusDisagreement(edge);
    if (disagreement) {
      errors.push({ ...record.at, column: record.columns.status ?? 'status', message: disagreement });
      continue;
    }
    const from = entityIds.get(edge.from) ?? ((await storedEntity(edge.from)) ? edge.from : null);
    const to = entityIds.get(edge.to) ?? ((await storedEntity(edge.to)) ? edge.to : null);
    if (from === null) errors.push({ ...record.at, column: record.columns.from ?? 'from', message: `refers to an unknown entity: ${edge.from}` });
    if (to === null) errors.push({ ...record.at, column: record.columns.to ?? 'to', message: `refers to an unknown entity: ${edge.to}` });
    let citationsGood = true;
    edge.citations.forEach((c, j) => {
      const at = record.citations?.[j];
      if (c.id && citationIds.has(c.id)) {
        citationsGood = false;
        errors.push({ ...(at?.at ?? record.at), column: at?.columns.id ?? 'id', message: `repeats citation id ${c.id}` });
      }
      if (c.id) citationIds.add(c.id);
      if (sourceIds.has(c.sourceId)) return;
      citationsGood = false;
      errors.push({ ...(at?.at ?? record.at), column: at?.columns.sourceId ?? 'sourceId', message: `refers to an unknown source: ${c.sourceId}` });
    });
    if (from === null || to === null || !citationsGood) continue;
    try {
      assertSelfLoopAllowed({ type: edge.type, from, to }, ['to']);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors.push({ ...record.at, column: record.columns.to ?? 'to', message: error.issues[0]?.message ?? error.message });
      continue;
    }
    // A relationship the store already holds under this id (a bundle imported twice) is left as it is.
    if (edge.id && !storeIsEmpty && (await store.getEdge(edge.id))) {
      existingEdges++;
      continue;
    }
    // The parsed row is this plan's own object: completing it in place spares a copy of every relationship.
    edge.id ??= newId('edg');
    edge.from = from;
    edge.to = to;
    bundle.edges.push(edge as GraphBundleData['edges'][number]);
  }

  return {
    format: draft.format,
    rows: { sources: draft.sources.length, entities: draft.entities.length, edges: draft.edges.length, citations },
    errors,
    refused,
    matches,
    creates: bundle,
    // The one parse that makes the checked rows a bundle the store accepts.
    bundle: errors.length + refused.length === 0 ? parseGraphBundle(bundle, ['bundle']) : null,
    reusedSources,
    existingEdges,
  };
}

/** The plan's issues, errors and refusals together, in file and row order. */
export function allIssues(plan: ImportPlan): ImportIssue[] {
  return [...plan.errors, ...plan.refused].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.row - b.row));
}
