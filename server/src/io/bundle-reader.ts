// Reads an import file into a draft the import plan checks: a CSV bundle (a zip of the tables the CSV export writes)
// or a JSON bundle (the seed format, as the JSON export writes it). Problems with the file itself (not UTF-8, missing
// or unknown columns, unreadable zip or JSON) become issues named by file, row and column.
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import type { DraftRecord, ImportDraft, ImportIssue } from '../domain/import-plan.ts';
import { CSV_COLUMNS, type CsvTable, unneutralise } from './csv-bundle.ts';

/** Columns a table cannot do without; every other known column may be left out. */
const REQUIRED: Record<CsvTable, readonly string[]> = {
  entities: ['id', 'kind', 'name'],
  aliases: ['entity_id', 'value'],
  relationships: ['type', 'from', 'to', 'confidence'],
  citations: ['relationship_id', 'source_id'],
  sources: ['id', 'kind', 'title'],
};
/** Tables a CSV bundle must hold (aliases and sources may be absent when there are none). */
const REQUIRED_TABLES: CsvTable[] = ['entities', 'relationships', 'citations'];

const snakeToCamel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Decodes UTF-8 strictly; on a bad byte, names the line it is on. */
function decodeUtf8(bytes: Uint8Array, file: string, issues: ImportIssue[]): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const bad = loose.indexOf('\uFFFD');
    const row = loose.slice(0, Math.max(bad, 0)).split('\n').length;
    issues.push({ file, row, column: null, message: 'is not UTF-8 text; save the file as UTF-8 (CSV UTF-8 in a spreadsheet) and try again' });
    return null;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

interface Table {
  rows: { line: number; cells: Record<string, string> }[];
  columns: string[];
}

function readTable(name: CsvTable, bytes: Uint8Array, issues: ImportIssue[]): Table | null {
  const file = `${name}.csv`;
  const text = decodeUtf8(bytes, file, issues);
  if (text === null) return null;
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    issues.push({ file, row: line, column: null, message: `cannot be read as CSV: ${(error as Error).message}` });
    return null;
  }
  const [header = [], ...body] = records;
  const columns = header.map((c) => c.trim());
  const known = new Set<string>(CSV_COLUMNS[name]);
  for (const c of columns) if (!known.has(c)) issues.push({ file, row: 1, column: c, message: `is not a column of ${file}; the columns are ${CSV_COLUMNS[name].join(', ')}` });
  for (const c of REQUIRED[name]) if (!columns.includes(c)) issues.push({ file, row: 1, column: c, message: 'is a required column and is missing' });
  return {
    columns,
    rows: body.map((cells, i) => {
      const named: Record<string, string> = {};
      for (let j = 0; j < columns.length; j++) named[columns[j]!] = unneutralise(cells[j] ?? '');
      return { line: i + 2, cells: named };
    }),
  };
}

const orNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v);
/** Each table's field -> column names, shared by all its rows. */
const COLUMNS_OF = Object.fromEntries(
  (Object.keys(CSV_COLUMNS) as CsvTable[]).map((t) => [t, Object.fromEntries(CSV_COLUMNS[t].map((c) => [snakeToCamel(c), c]))]),
) as Record<CsvTable, Record<string, string>>;
const columnsOf = (name: CsvTable) => COLUMNS_OF[name];
const RELATIONSHIP_COLUMNS = { ...COLUMNS_OF.relationships, citations: 'id' };
const CITATION_COLUMNS = {
  id: 'id', sourceId: 'source_id', locator: 'locator', quote: 'quote', stance: 'stance',
  retraction: 'retracted_reason', 'retraction.reason': 'retracted_reason', 'retraction.at': 'retracted_at', 'retraction.by': 'retracted_by',
};

export function readCsvBundle(bytes: Uint8Array): ImportDraft {
  const issues: ImportIssue[] = [];
  const draft: ImportDraft = { format: 'csv', sources: [], entities: [], edges: [], issues };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    issues.push({ file: 'bundle.zip', row: 0, column: null, message: `is not a readable zip: ${(error as Error).message}` });
    return draft;
  }
  // Spreadsheets and archivers may put the tables in a folder; only the file name counts.
  const byName = new Map(Object.entries(files).map(([p, b]) => [p.split('/').pop()!, b]));
  for (const name of byName.keys()) {
    const table = name.replace(/\.csv$/, '');
    if (name.endsWith('.csv') && !(table in CSV_COLUMNS)) issues.push({ file: name, row: 0, column: null, message: `is not a table of the bundle (${Object.keys(CSV_COLUMNS).map((t) => `${t}.csv`).join(', ')})` });
  }
  const tables = {} as Record<CsvTable, Table | null>;
  for (const name of Object.keys(CSV_COLUMNS) as CsvTable[]) {
    const bytesOf = byName.get(`${name}.csv`);
    if (!bytesOf) {
      if (REQUIRED_TABLES.includes(name)) issues.push({ file: `${name}.csv`, row: 0, column: null, message: 'is missing from the bundle' });
      tables[name] = null;
      continue;
    }
    tables[name] = readTable(name, bytesOf, issues);
  }

  const aliases = new Map<string, { value: string; lang: string | null }[]>();
  for (const r of tables.aliases?.rows ?? []) {
    const id = r.cells.entity_id ?? '';
    let list = aliases.get(id);
    if (!list) aliases.set(id, (list = []));
    list.push({ value: r.cells.value ?? '', lang: orNull(r.cells.lang) });
  }
  for (const r of tables.sources?.rows ?? []) {
    const c = r.cells;
    draft.sources.push({
      at: { file: 'sources.csv', row: r.line },
      columns: columnsOf('sources'),
      value: {
        id: c.id, kind: c.kind, title: c.title, author: orNull(c.author), publisher: orNull(c.publisher), url: orNull(c.url),
        publishedAt: orNull(c.published_at), retrievedAt: orNull(c.retrieved_at), language: orNull(c.language), sensitivity: orNull(c.sensitivity) ?? 'public', partOf: orNull(c.part_of),
      },
    });
  }
  for (const r of tables.entities?.rows ?? []) {
    const c = r.cells;
    draft.entities.push({
      at: { file: 'entities.csv', row: r.line },
      columns: columnsOf('entities'),
      value: { id: c.id, kind: c.kind, name: c.name, aliases: aliases.get(c.id ?? '') ?? [], description: orNull(c.description), startDate: orNull(c.start_date), endDate: orNull(c.end_date), sensitivity: orNull(c.sensitivity) ?? 'public' },
    });
  }
  const citations = new Map<string, { at: { file: string; row: number }; value: Record<string, unknown> }[]>();
  for (const r of tables.citations?.rows ?? []) {
    const c = r.cells;
    const id = c.relationship_id ?? '';
    let list = citations.get(id);
    if (!list) citations.set(id, (list = []));
    const retraction = orNull(c.retracted_reason) || orNull(c.retracted_at) ? { reason: c.retracted_reason ?? '', at: c.retracted_at ?? '', by: c.retracted_by ?? '' } : null;
    // Keys added after the literal rather than spread into it: a spread in a literal builds each row slowly.
    const value: Record<string, unknown> = { sourceId: c.source_id, locator: orNull(c.locator), quote: orNull(c.quote), stance: orNull(c.stance) ?? 'supports', retraction };
    if (orNull(c.id)) value.id = c.id;
    list.push({ at: { file: 'citations.csv', row: r.line }, value });
  }
  const relationshipIds = new Set<string>();
  for (const r of tables.relationships?.rows ?? []) {
    const c = r.cells;
    const id = orNull(c.id);
    if (id) relationshipIds.add(id);
    const cited = id ? (citations.get(id) ?? []) : [];
    const value: Record<string, unknown> = {
      type: c.type, from: c.from, to: c.to, validFrom: orNull(c.valid_from), validTo: orNull(c.valid_to), confidence: c.confidence, note: orNull(c.note),
      retractedReason: orNull(c.retracted_reason), citations: cited.map((x) => x.value),
    };
    if (id) value.id = id;
    if (orNull(c.status)) value.status = c.status;
    const record: DraftRecord = { at: { file: 'relationships.csv', row: r.line }, columns: RELATIONSHIP_COLUMNS, value, citations: cited.map((x) => ({ at: x.at, columns: CITATION_COLUMNS })) };
    draft.edges.push(record);
  }
  for (const [id, list] of citations) {
    if (!relationshipIds.has(id)) for (const c of list) issues.push({ ...c.at, column: 'relationship_id', message: `refers to no relationship in relationships.csv: ${id}` });
  }
  return draft;
}

const asRecords = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {})) : []);
const identity = (fields: string[]) => Object.fromEntries(fields.map((f) => [f, f]));

const JSON_CITATION_COLUMNS = Object.fromEntries(
  ['id', 'sourceId', 'locator', 'quote', 'stance', 'retraction', 'retraction.reason', 'retraction.at', 'retraction.by'].map((f) => [f, `citations.${f}`]),
);

export function readJsonBundle(bytes: Uint8Array): ImportDraft {
  const issues: ImportIssue[] = [];
  const draft: ImportDraft = { format: 'json', sources: [], entities: [], edges: [], issues };
  const text = decodeUtf8(bytes, 'bundle.json', issues);
  if (text === null) return draft;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    issues.push({ file: 'bundle.json', row: 0, column: null, message: `is not valid JSON: ${(error as Error).message}` });
    return draft;
  }
  for (const section of ['sources', 'entities', 'edges']) {
    if (!Array.isArray(doc[section])) issues.push({ file: 'bundle.json', row: 0, column: section, message: 'must be a list' });
  }
  // Rows of a JSON bundle are named by section and position, counted from 1 like spreadsheet rows.
  const records = (section: 'sources' | 'entities' | 'edges') =>
    asRecords(doc[section]).map((value, i): DraftRecord => ({ at: { file: section, row: i + 1 }, value, columns: identity(Object.keys(value)) }));
  draft.sources = records('sources');
  draft.entities = records('entities');
  draft.edges = records('edges').map((r) => ({
    ...r,
    citations: asRecords(r.value.citations).map(() => ({ at: r.at, columns: JSON_CITATION_COLUMNS })),
  }));
  return draft;
}

export function readBundle(bytes: Uint8Array): ImportDraft {
  return isZip(bytes) ? readCsvBundle(bytes) : readJsonBundle(bytes);
}
