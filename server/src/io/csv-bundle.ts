// The CSV bundle: a zip of entities, aliases, relationships, citations and sources, UTF-8 with a byte-order mark so
// spreadsheets read Cyrillic, and every cell that a spreadsheet would run as a formula neutralised. The import reads
// the same columns back (io/bundle-reader.ts).
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { ExportGraph } from '../domain/export-service.ts';

export const CSV_COLUMNS = {
  entities: ['id', 'kind', 'name', 'description', 'start_date', 'end_date', 'sensitivity'],
  aliases: ['entity_id', 'value', 'lang'],
  relationships: ['id', 'type', 'from', 'to', 'valid_from', 'valid_to', 'confidence', 'status', 'note', 'retracted_reason'],
  citations: ['relationship_id', 'id', 'source_id', 'locator', 'quote', 'stance', 'retracted_reason', 'retracted_at', 'retracted_by'],
  sources: ['id', 'kind', 'title', 'author', 'publisher', 'url', 'published_at', 'retrieved_at', 'language', 'sensitivity', 'part_of'],
} as const;
export type CsvTable = keyof typeof CSV_COLUMNS;
export const CSV_TABLES = Object.keys(CSV_COLUMNS) as CsvTable[];

/** Cells a spreadsheet would evaluate (OWASP's list: = + - @, tab and carriage return) get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `neutralise`, so a bundle imports back exactly as it was exported. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvTable(columns: readonly string[], rows: (string | null)[][]): string {
  return stringify([columns, ...rows.map((r) => r.map((c) => (c === null ? '' : neutralise(c))))], { bom: true, record_delimiter: '\r\n' });
}

export function csvRows(graph: ExportGraph): Record<CsvTable, (string | null)[][]> {
  return {
    entities: graph.entities.map((e) => [e.id, e.kind, e.name, e.description, e.startDate, e.endDate, e.sensitivity]),
    aliases: graph.entities.flatMap((e) => e.aliases.map((a) => [e.id, a.value, a.lang])),
    relationships: graph.edges.map((e) => [e.id, e.type, e.from, e.to, e.validFrom, e.validTo, e.confidence, e.status, e.note, e.retractedReason]),
    citations: graph.edges.flatMap((e) =>
      e.citations.map((c) => [e.id, c.id, c.sourceId, c.locator, c.quote, c.stance, c.retraction?.reason ?? null, c.retraction?.at ?? null, c.retraction?.by ?? null]),
    ),
    sources: graph.sources.map((s) => [s.id, s.kind, s.title, s.author, s.publisher, s.url, s.publishedAt, s.retrievedAt, s.language, s.sensitivity, s.partOf]),
  };
}

export function writeCsvBundle(graph: ExportGraph): Uint8Array {
  const rows = csvRows(graph);
  const files = Object.fromEntries(CSV_TABLES.map((t) => [`${t}.csv`, strToU8(csvTable(CSV_COLUMNS[t], rows[t]))]));
  return zipSync(files, { level: 6, mtime: graph.exportedAt });
}

/** An empty bundle with every header: the template the import page offers for download. */
export function writeCsvTemplate(): Uint8Array {
  return zipSync(Object.fromEntries(CSV_TABLES.map((t) => [`${t}.csv`, strToU8(csvTable(CSV_COLUMNS[t], []))])), { level: 6 });
}
