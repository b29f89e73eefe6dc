// `npm run bench:import [-- --edges N]`: times an import of a CSV bundle file end to end, as `npm run import` runs it
// (unzip, parse, check every row with the domain schemas, bulk load with one audit event per record) into a fresh
// embedded store. The target: 100,000 relationship rows in at most 10 s. Writes bench-results/import-latest.json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { LOCAL_VIEWER } from '../../server/src/domain/visibility.ts';
import { commitImport } from '../../server/src/io/import-service.ts';
import { CSV_COLUMNS, csvTable } from '../../server/src/io/csv-bundle.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { generateGraph } from './generate-graph.ts';

const TARGET_SECONDS = 10;
const ROOT = path.resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({ options: { edges: { type: 'string', default: '100000' }, entities: { type: 'string', default: '20000' } } });
const edgeCount = Number(args.edges);
const entityCount = Number(args.entities);

const graph = generateGraph({ entities: entityCount, edges: edgeCount, seed: 1 });
const edges = [...graph.edgeBatches(10_000)].flat();
const zip = zipSync({
  'sources.csv': strToU8(csvTable(CSV_COLUMNS.sources, graph.sources.map((s) => [s.id, s.kind, s.title, s.author ?? null, s.publisher ?? null, s.url ?? null, s.publishedAt ?? null, null, s.language ?? null, s.sensitivity ?? null, s.partOf ?? null]))),
  'entities.csv': strToU8(csvTable(CSV_COLUMNS.entities, graph.entities.map((e) => [e.id, e.kind, e.name, e.description ?? null, e.startDate ?? null, e.endDate ?? null, e.sensitivity ?? null]))),
  'aliases.csv': strToU8(csvTable(CSV_COLUMNS.aliases, graph.entities.flatMap((e) => (e.aliases ?? []).map((a) => [e.id, a.value, a.lang ?? null])))),
  'relationships.csv': strToU8(csvTable(CSV_COLUMNS.relationships, edges.map((e) => [e.id, e.type, e.from, e.to, e.validFrom ?? null, e.validTo ?? null, e.confidence, null, e.note ?? null, null]))),
  'citations.csv': strToU8(csvTable(CSV_COLUMNS.citations, edges.flatMap((e) => e.citations.map((c) => [e.id, null, c.sourceId, c.locator ?? null, c.quote ?? null, c.stance ?? null, null, null, null])))),
});

if (process.env.BENCH_ZIP_OUT) await writeFile(process.env.BENCH_ZIP_OUT, zip);
const dir = await mkdtemp(path.join(os.tmpdir(), 'actornet-bench-import-'));
try {
  const store = await openSqliteStore(path.join(dir, 'import.db'));
  const t0 = performance.now();
  const report = await commitImport(store, zip, { ...LOCAL_VIEWER, id: 'bench' }, 'bench.zip');
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  const result = {
    at: new Date().toISOString(),
    file: { bytes: zip.length, entities: report.rows.entities, relationships: report.rows.edges, citations: report.rows.citations, sources: report.rows.sources },
    seconds,
    relationshipsPerSecond: Math.round(report.rows.edges / seconds),
    target: { relationships: 100_000, seconds: TARGET_SECONDS },
    scaled100k: (seconds * 100_000) / report.rows.edges,
    pass: (seconds * 100_000) / report.rows.edges <= TARGET_SECONDS,
  };
  console.info(
    `Import of a CSV bundle (${(zip.length / 1e6).toFixed(1)} MB zip): ${report.rows.edges} relationships, ${report.rows.citations} citations, ` +
      `${report.rows.entities} entities, ${report.rows.sources} sources in ${seconds.toFixed(2)} s ` +
      `(${result.relationshipsPerSecond} relationships/s); target 100,000 in <= ${TARGET_SECONDS} s: ${result.pass ? 'PASS' : 'MISS'}`,
  );
  await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench-results', 'import-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
