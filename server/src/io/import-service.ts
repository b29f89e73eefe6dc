// Import of a CSV or JSON bundle: read the file, plan it against the store (checks, name matches, refusals), and
// write it only when the plan has no issue at all: one bulk load, every created record audited as `import`.
import type { ImportDraft, ImportIssue, ImportPlan, ImportProgress, NameMatch } from '../domain/import-plan.ts';
import { MAX_LISTED_ISSUES, allIssues, planImport } from '../domain/import-plan.ts';
import { requireRight } from '../domain/rights.ts';
import type { Viewer } from '../domain/visibility.ts';
import type { BulkLoadResult, GraphStore } from '../ports/graph-store.ts';

/** The readers (zip, CSV) load with the first import: a server that never imports does not hold them. */
async function readBundle(bytes: Uint8Array): Promise<ImportDraft> {
  return (await import('./bundle-reader.ts')).readBundle(bytes);
}

export const IMPORT_ACTION = 'import';

/** What a preview or a commit reports; the lists are cut at MAX_LISTED_ISSUES, the counts are whole. */
export interface ImportReport {
  format: 'csv' | 'json';
  rows: ImportPlan['rows'];
  errors: ImportIssue[];
  errorCount: number;
  refused: ImportIssue[];
  refusedCount: number;
  matches: NameMatch[];
  /** What a commit creates (or created): entities matched to stored ones and reused sources are not counted. */
  creates: { entities: number; sources: number; edges: number; citations: number };
  /** Records of the file the store already holds (same id, or for entities the same name across scripts). */
  existing: { entities: number; sources: number; edges: number };
  written: BulkLoadResult | null;
}

export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
  constructor(readonly report: ImportReport) {
    super(`The import was refused: ${report.errorCount + report.refusedCount} problem(s); nothing was written`);
  }
}

function reportOf(plan: ImportPlan, written: BulkLoadResult | null): ImportReport {
  return {
    format: plan.format,
    rows: plan.rows,
    errors: plan.errors.slice(0, MAX_LISTED_ISSUES),
    errorCount: plan.errors.length,
    refused: plan.refused.slice(0, MAX_LISTED_ISSUES),
    refusedCount: plan.refused.length,
    matches: plan.matches.slice(0, MAX_LISTED_ISSUES),
    creates: {
      entities: plan.creates.entities.length,
      sources: plan.creates.sources.length,
      edges: plan.creates.edges.length,
      citations: plan.creates.edges.reduce((n, e) => n + e.citations.length, 0),
    },
    existing: { entities: plan.matches.filter((m) => m.existing).length, sources: plan.reusedSources.length, edges: plan.existingEdges },
    written,
  };
}

export async function previewImport(store: GraphStore, bytes: Uint8Array, viewer: Viewer, onProgress?: ImportProgress): Promise<ImportReport> {
  requireRight(viewer, 'write', 'Importing');
  return reportOf(await planImport(store, await readBundle(bytes), viewer, onProgress), null);
}

/** Writes the file when it has no problem; otherwise throws ImportRefusedError with the report and writes nothing. */
export async function commitImport(store: GraphStore, bytes: Uint8Array, viewer: Viewer, fileName: string, onProgress?: ImportProgress): Promise<ImportReport> {
  requireRight(viewer, 'write', 'Importing');
  const plan = await planImport(store, await readBundle(bytes), viewer, onProgress);
  if (!plan.bundle || allIssues(plan).length > 0) throw new ImportRefusedError(reportOf(plan, null));
  const written = await store.bulkLoad(plan.bundle, viewer.id, { action: IMPORT_ACTION, file: fileName });
  return reportOf(plan, written);
}
