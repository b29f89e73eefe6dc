// Copies a whole graph from one store to another through the GraphStore port: sources, entities with their aliases,
// edges (retracted ones too) with their citations, then the audit log, ids and timestamps kept. Refuses a target that
// already holds anything and checks the counts at the end.
//   npm run migrate -- --from sqlite:data/actornet.db --to neo4j://neo4j:password@localhost:7687/neo4j
//   npm run migrate -- --from sqlite:old.db --to sqlite:new.db
//   STORE=neo4j NEO4J_URI=... NEO4J_PASSWORD=... npm run migrate -- --from sqlite:data/actornet.db --to neo4j
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';
import { ConflictError, ValidationError } from '../domain/errors.ts';
import type { GraphStore } from '../ports/graph-store.ts';
import { openNeo4jStore, type Neo4jStoreOptions } from '../stores/neo4j/index.ts';
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

async function openStore(spec: string, flag: string): Promise<GraphStore> {
  const parsed = parseStoreSpec(spec, flag);
  return parsed.kind === 'sqlite' ? openSqliteStore(parsed.path) : openNeo4jStore(parsed.options);
}

function argument(args: string[], flag: string): string {
  const i = args.indexOf(flag);
  const value = i >= 0 ? args[i + 1] : undefined;
  if (!value) throw ValidationError.field([flag], `is required: npm run migrate -- --from sqlite:<path> --to neo4j`);
  return value;
}

async function main(args: string[]): Promise<number> {
  const fromSpec = argument(args, '--from');
  const toSpec = argument(args, '--to');
  const from = await openStore(fromSpec, '--from');
  try {
    const to = await openStore(toSpec, '--to');
    try {
      const report = await migrateGraph(from, to);
      console.log('kind          copied   in target');
      for (const key of Object.keys(report.copied) as (keyof RecordCounts)[]) {
        console.log(`${key.padEnd(12)} ${String(report.copied[key]).padStart(8)} ${String(report.target[key]).padStart(11)}`);
      }
      if (!report.matches) {
        console.error('Migration incomplete: the target does not hold what was copied.');
        return 1;
      }
      console.log('Migration complete: every count matches.');
      return 0;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
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
