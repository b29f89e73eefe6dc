// Copies a whole graph from one store to another through the GraphStore port: sources, entities with their aliases,
// edges (retracted ones too) with their citations, then the audit log, ids and timestamps kept. All or nothing: an
// SQLite target appears only once complete, a Neo4j target is marked unfinished until the last batch commits. Refuses
// a target that already holds anything unless `--replace` is given, and checks the counts at the end.
//   npm run migrate -- --from sqlite:data/actornet.db --to neo4j://neo4j:password@localhost:7687/neo4j
//   npm run migrate -- --from sqlite:old.db --to sqlite:new.db
//   STORE=neo4j NEO4J_URI=... NEO4J_PASSWORD=... npm run migrate -- --from sqlite:data/actornet.db --to neo4j
//   npm run migrate -- --from sqlite:data/actornet.db --to sqlite:copy.db --replace
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { openNeo4jStore, type Neo4jGraphStore, type Neo4jStoreOptions } from '../stores/neo4j/index.ts';
import { openSqliteStore } from '../stores/sqlite/index.ts';

export interface RecordCounts {
  entities: number;
  sources: number;
  edges: number;
  citations: number;
  auditEvents: number;
}

export interface MigrationReport {
  copied: RecordCounts;
  target: RecordCounts;
  matches: boolean;
}

const PAGE = 5_000;

/** Walks every page of a paged listing; `idOf` gives the cursor for the next page. */
async function eachPage<T>(page: (afterId: string | null, first: number) => Promise<T[]>, idOf: (item: T) => string, fn: (items: T[]) => Promise<void>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const items = await page(after, PAGE);
    if (items.length === 0) return;
    await fn(items);
    after = idOf(items[items.length - 1] as T);
    if (items.length < PAGE) return;
  }
}

/** Counts everything a store holds, retracted edges and audit events included, by paging through it. */
export async function countRecords(store: GraphStore): Promise<RecordCounts> {
  const counts: RecordCounts = { entities: 0, sources: 0, edges: 0, citations: 0, auditEvents: 0 };
  await eachPage((a, n) => store.pageEntities(a, n), (e) => e.id, async (items) => void (counts.entities += items.length));
  await eachPage((a, n) => store.pageSources(a, n), (s) => s.id, async (items) => void (counts.sources += items.length));
  await eachPage((a, n) => store.pageEdges(a, n), (e) => e.id, async (items) => {
    counts.edges += items.length;
    counts.citations += items.reduce((sum, e) => sum + e.citations.length, 0);
  });
  await eachPage((a, n) => store.auditEvents(a, n), (e) => e.id, async (items) => void (counts.auditEvents += items.length));
  return counts;
}

async function isBlank(store: GraphStore): Promise<boolean> {
  return (await store.isEmpty()) && (await store.pageEdges(null, 1)).length === 0 && (await store.auditEvents(null, 1)).length === 0;
}

export async function migrateGraph(from: GraphStore, to: GraphStore): Promise<MigrationReport> {
  if (!(await isBlank(to))) throw new ConflictError('The target store is not empty; migrate only into an empty store');
  const copied: RecordCounts = { entities: 0, sources: 0, edges: 0, citations: 0, auditEvents: 0 };
  // Sources and entities first: every edge and citation refers to them.
  await eachPage((a, n) => from.pageSources(a, n), (s) => s.id, async (sources) => {
    await to.importRecords({ sources, entities: [], edges: [] });
    copied.sources += sources.length;
  });
  await eachPage((a, n) => from.pageEntities(a, n), (e) => e.id, async (entities) => {
    await to.importRecords({ sources: [], entities, edges: [] });
    copied.entities += entities.length;
  });
  await eachPage((a, n) => from.pageEdges(a, n), (e) => e.id, async (edges) => {
    await to.importRecords({ sources: [], entities: [], edges });
    copied.edges += edges.length;
    copied.citations += edges.reduce((sum, e) => sum + e.citations.length, 0);
  });
  await eachPage((a, n) => from.auditEvents(a, n), (e) => e.id, async (events) => {
    await to.importAuditEvents(events);
    copied.auditEvents += events.length;
  });
  const target = await countRecords(to);
  const matches = (Object.keys(copied) as (keyof RecordCounts)[]).every((k) => copied[k] === target[k]);
  return { copied, target, matches };
}

/** `sqlite:<path>`, `neo4j` (connection from STORE=neo4j and the NEO4J_* variables) or a `neo4j://user:pass@host/db` URL. */
export function parseStoreSpec(spec: string, flag: string): { kind: 'sqlite'; path: string } | { kind: 'neo4j'; options: Neo4jStoreOptions } {
  if (spec.startsWith('sqlite:')) {
    const file = spec.slice('sqlite:'.length);
    if (!file) throw ValidationError.field([flag], 'sqlite: needs a file path, e.g. sqlite:data/actornet.db');
    return { kind: 'sqlite', path: path.resolve(file) };
  }
  if (spec === 'neo4j') {
    const config = loadConfig();
    if (config.store.kind !== 'neo4j') throw ValidationError.field([flag], 'neo4j takes its connection from STORE=neo4j, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; set them or pass neo4j://user:password@host:7687/database');
    const { uri, user, password, database } = config.store;
    return { kind: 'neo4j', options: { uri, user, password, database } };
  }
  if (/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//.test(spec)) {
    const url = new URL(spec);
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'neo4j';
    const options = { uri: `${url.protocol}//${url.host}`, user: decodeURIComponent(url.username) || 'neo4j', password: decodeURIComponent(url.password), database };
    return { kind: 'neo4j', options };
  }
  throw ValidationError.field([flag], `"${spec}" is not a store: use sqlite:<path>, neo4j, or neo4j://user:password@host:7687/database`);
}

type StoreSpec = ReturnType<typeof parseStoreSpec>;

/** How a store is named in messages and in the unfinished-copy marker: never with its password. */
function describeSpec(spec: StoreSpec): string {
  return spec.kind === 'sqlite' ? `sqlite:${spec.path}` : `${spec.options.uri}/${spec.options.database}`;
}

export interface MigrationRun {
  from: string;
  to: string;
  /** Replace a target that already holds a graph (or an unfinished copy) instead of refusing it. */
  replace: boolean;
}

const partialFileOf = (file: string) => `${file}.partial`;
const removeDatabaseFiles = (file: string) => {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
};

/**
 * An SQLite target is written to `<file>.partial` and renamed into place only when every count matches, so a copy
 * that dies part way leaves the target as it was (absent, or the graph it held).
 */
async function migrateToSqlite(from: GraphStore, target: string, replace: boolean): Promise<MigrationReport> {
  if (existsSync(target)) {
    // Opening takes the store's lock, so a target a server is using is refused here.
    const current = await openSqliteStore(target);
    const blank = await isBlank(current).finally(() => current.close());
    if (!blank && !replace) throw new ConflictError(`The target ${target} already holds a graph; pass --replace to replace it`);
  }
  const partial = partialFileOf(target);
  removeDatabaseFiles(partial);
  const to = await openSqliteStore(partial);
  let report: MigrationReport;
  try {
    report = await migrateGraph(from, to);
  } catch (error) {
    await to.close().catch(() => undefined);
    removeDatabaseFiles(partial);
    throw error;
  }
  await to.close();
  if (!report.matches) {
    removeDatabaseFiles(partial);
    return report;
  }
  // A stale -wal beside the old file would be replayed into the new one; it goes first.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(partial, target);
  return report;
}

/**
 * A Neo4j target carries an unfinished-copy marker from before the first batch until after the last has committed;
 * a server refuses to open it meanwhile. `replace` empties the target first.
 */
async function migrateToNeo4j(from: GraphStore, spec: Extract<StoreSpec, { kind: 'neo4j' }>, source: string, replace: boolean): Promise<MigrationReport> {
  const to = (await openNeo4jStore(spec.options, { allowUnfinishedCopy: true })) as Neo4jGraphStore;
  try {
    const unfinished = await to.unfinishedCopy();
    if (!replace && (unfinished || !(await isBlank(to)))) {
      const what = unfinished ? `an unfinished copy from ${unfinished.source}` : 'a graph';
      throw new ConflictError(`The target ${describeSpec(spec)} holds ${what}; pass --replace to replace it`);
    }
    if (replace) await to.deleteEverything();
    await to.beginCopy(source);
    const report = await migrateGraph(from, to);
    if (report.matches) await to.finishCopy();
    return report;
  } finally {
    await to.close();
  }
}

/** Copies the graph named by `from` into `to`, all or nothing; the report says whether every count matches. */
export async function runMigration(run: MigrationRun): Promise<MigrationReport> {
  const fromSpec = parseStoreSpec(run.from, '--from');
  const toSpec = parseStoreSpec(run.to, '--to');
  const from = fromSpec.kind === 'sqlite' ? await openSqliteStore(fromSpec.path) : await openNeo4jStore(fromSpec.options);
  try {
    return toSpec.kind === 'sqlite'
      ? await migrateToSqlite(from, toSpec.path, run.replace)
      : await migrateToNeo4j(from, toSpec, describeSpec(fromSpec), run.replace);
  } finally {
    await from.close();
  }
}

function argument(args: string[], flag: string): string {
  const i = args.indexOf(flag);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (!value) throw ValidationError.field([flag], `is required: npm run migrate -- --from sqlite:<path> --to neo4j`);
  return value;
}

async function main(args: string[]): Promise<number> {
  const report = await runMigration({ from: argument(args, '--from'), to: argument(args, '--to'), replace: args.includes('--replace') });
  console.log('kind          copied   in target');
  for (const key of Object.keys(report.copied) as (keyof RecordCounts)[]) {
    console.log(`${key.padEnd(12)} ${String(report.copied[key]).padStart(8)} ${String(report.target[key]).padStart(11)}`);
  }
  if (!report.matches) {
    console.error('Migration incomplete: the target does not hold what was copied, and was not put in place (run it again with --replace).');
    return 1;
  }
  console.log('Migration complete: every count matches.');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`migrate: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
