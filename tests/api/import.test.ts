// Import over HTTP and from the command line: a JSON or CSV export imported into an empty store gives the same stats
// and records; names are matched across scripts; every kind of bad input is reported by file, row and column and
// nothing is written; the CLI creates the configured store and shows progress.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { REAL_SEED, STATS, removeTempDirs, startTestServer, tempDbFile, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

interface Issue {
  file: string;
  row: number;
  column: string | null;
  message: string;
}

const BOM = '\uFEFF';
const csv = (rows: string[][]) => BOM + rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

/** A small CSV bundle; each table can be replaced to make it bad in one way. */
function bundle(overrides: Partial<Record<'entities' | 'relationships' | 'citations' | 'sources' | 'aliases', string | Uint8Array>> = {}): Uint8Array {
  const tables: Record<string, string | Uint8Array> = {
    sources: csv([['id', 'kind', 'title', 'publisher', 'url'], ['imp-src', 'report', 'Отчёт о собрании', 'Feminita', 'https://example.org/report']]),
    entities: csv([['id', 'kind', 'name', 'start_date'], ['imp-a', 'organization', 'Союз матерей Алматы', '2019'], ['imp-ns', 'organization', 'Народные Советы', '']]),
    aliases: csv([['entity_id', 'value', 'lang'], ['imp-a', 'Soyuz materei Almaty', 'ru-Latn']]),
    relationships: csv([['id', 'type', 'from', 'to', 'valid_from', 'confidence'], ['imp-e1', 'ALLIED_WITH', 'imp-a', 'imp-ns', '2021-03', 'reported']]),
    citations: csv([['relationship_id', 'source_id', 'locator', 'quote', 'stance'], ['imp-e1', 'imp-src', 'p. 2', 'союз', 'supports']]),
    ...overrides,
  };
  return zipSync(Object.fromEntries(Object.entries(tables).map(([k, v]) => [`${k}.csv`, typeof v === 'string' ? strToU8(v) : v])));
}

const RETRACTED_EDGE = 'e-russian-armed-forces-affiliated-russian-federation';
const CORRECTED_EDGE = 'e-bloody-january-located-in-kazakhstan';
const CONTESTED_EDGE = 'e-elc-asserted-harder-since-2022';
const DISPUTING_SOURCE = 'src-report';

describe('import', () => {
  let source: TestServer;
  let target: TestServer;
  const post = async (server: TestServer, body: Uint8Array | string, mode: 'preview' | 'commit', name = 'bundle.zip', type = 'application/octet-stream') => {
    const res = await fetch(`${server.url}/import?mode=${mode}&name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : Buffer.from(body) });
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const exported = async (format: 'json' | 'csv') => new Uint8Array(await (await fetch(`${source.url}/export?format=${format}&audience=full`)).arrayBuffer());

  beforeAll(async () => {
    source = await startTestServer({ seedFile: REAL_SEED });
    target = await startTestServer({ seedFile: REAL_SEED });
    // The exported graph holds a retracted relationship, a retracted citation and a contested relationship.
    await source.query(`mutation { retractEdge(id: "${RETRACTED_EDGE}", reason: "Named the wrong party") { id } }`);
    const { edge } = await source.query(`{ edge(id: "${CORRECTED_EDGE}") { citations { id } } }`);
    await source.query(`mutation { retractCitation(edgeId: "${CORRECTED_EDGE}", citationId: "${edge.citations[0].id}", reason: "Duplicate of the other citation") { id } }`);
    await source.query(`mutation { addCitation(edgeId: "${CONTESTED_EDGE}", citation: { sourceId: "${DISPUTING_SOURCE}", stance: DISPUTES }) { id } }`);
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  for (const format of ['json', 'csv'] as const) {
    it(`imports a ${format.toUpperCase()} export into an empty store with the same stats and records, each audited`, async () => {
      const dbFile = await tempDbFile();
      const empty = await startTestServer({ seedFile: REAL_SEED, dbFile, env: { SEED: 'none' } });
      try {
        expect((await empty.query(STATS)).stats).toEqual({ entities: 0, edges: 0, sources: 0, citations: 0 });
        const preview = await post(empty, await exported(format), 'preview', `graph.${format}`);
        expect(preview.status).toBe(200);
        expect(preview.body).toMatchObject({ errorCount: 0, refusedCount: 0, written: null });
        expect((await empty.query(STATS)).stats.entities).toBe(0);
        const commit = await post(empty, await exported(format), 'commit', `graph.${format}`);
        expect(commit.status).toBe(200);
        expect((await empty.query(STATS)).stats).toEqual((await source.query(STATS)).stats);

        const { history } = await empty.query('{ history(id: "org-puk") { action actor } }');
        expect(history).toEqual([{ action: 'import', actor: 'local' }]);
        const { edges } = await empty.query(`{ edges(ids: ["${RETRACTED_EDGE}", "${CORRECTED_EDGE}", "${CONTESTED_EDGE}"]) { id status retractedReason citations { retracted retractedReason } } }`);
        expect(edges).toEqual([
          { id: RETRACTED_EDGE, status: 'RETRACTED', retractedReason: 'Named the wrong party', citations: [{ retracted: false, retractedReason: null }] },
          { id: CORRECTED_EDGE, status: 'ACTIVE', retractedReason: null, citations: [{ retracted: true, retractedReason: 'Duplicate of the other citation' }, { retracted: false, retractedReason: null }] },
          { id: CONTESTED_EDGE, status: 'CONTESTED', retractedReason: null, citations: [{ retracted: false, retractedReason: null }, { retracted: false, retractedReason: null }] },
        ]);
      } finally {
        await empty.close();
      }
      // Record for record, ids and retractions included, apart from who wrote each record and when.
      const [a, b] = [await openSqliteStore(source.dbFile), await openSqliteStore(dbFile)];
      try {
        const strip = <T extends object>(r: T) => Object.fromEntries(Object.entries(r).filter(([k]) => !/^(created|updated|added)(At|By)$/.test(k)));
        const edges = async (s: typeof a) => (await s.pageEdges(null, 5000)).map((e) => ({ ...strip(e), citations: e.citations.map(strip) }));
        expect((await b.pageEntities(null, 5000)).map(strip)).toEqual((await a.pageEntities(null, 5000)).map(strip));
        expect((await b.pageSources(null, 5000)).map(strip)).toEqual((await a.pageSources(null, 5000)).map(strip));
        expect(await edges(b)).toEqual(await edges(a));
      } finally {
        await a.close();
        await b.close();
      }
    });
  }

  it('matches names across scripts to stored entities and proposes the rest as new', async () => {
    const preview = await post(target, bundle(), 'preview');
    expect(preview.status).toBe(200);
    const matches = preview.body.matches as { name: string; existing: { id: string } | null; file: string; row: number }[];
    expect(matches).toContainEqual(expect.objectContaining({ name: 'Народные Советы', file: 'entities.csv', row: 3, existing: expect.objectContaining({ id: 'org-narodnye-sovety' }) }));
    expect(matches).toContainEqual(expect.objectContaining({ name: 'Союз матерей Алматы', existing: null }));
    expect(preview.body.creates).toEqual({ entities: 1, sources: 1, edges: 1, citations: 1 });

    const before = (await target.query(STATS)).stats;
    const commit = await post(target, bundle(), 'commit');
    expect(commit.status).toBe(200);
    expect((await target.query(STATS)).stats).toEqual({ entities: before.entities + 1, edges: before.edges + 1, sources: before.sources + 1, citations: before.citations + 1 });
    const { edge } = await target.query('{ edge(id: "imp-e1") { from { name aliases { value } } to { id } validFrom citations { quote source { title } } } }');
    expect(edge).toEqual({ from: { name: 'Союз матерей Алматы', aliases: [{ value: 'Soyuz materei Almaty' }] }, to: { id: 'org-narodnye-sovety' }, validFrom: '2021-03', citations: [{ quote: 'союз', source: { title: 'Отчёт о собрании' } }] });
  });

  it('reports every kind of bad input by file, row and column and writes nothing', async () => {
    const latin1 = new Uint8Array([...strToU8('id,kind,name\r\nimp-b,organization,'), 0xc9, 0x74, 0xe9, 0x0d, 0x0a]);
    const cases: [string, Uint8Array, Partial<Issue>][] = [
      ['missing column', bundle({ entities: csv([['id', 'kind'], ['imp-b', 'person']]) }), { file: 'entities.csv', row: 1, column: 'name' }],
      ['unknown column', bundle({ entities: csv([['id', 'kind', 'name', 'colour'], ['imp-b', 'person', 'B', 'red']]) }), { file: 'entities.csv', row: 1, column: 'colour' }],
      ['unknown type', bundle({ relationships: csv([['id', 'type', 'from', 'to', 'confidence'], ['imp-e1', 'BRIBED', 'imp-a', 'imp-ns', 'reported']]) }), { file: 'relationships.csv', row: 2, column: 'type' }],
      ['unknown kind', bundle({ entities: csv([['id', 'kind', 'name'], ['imp-a', 'company', 'A'], ['imp-ns', 'organization', 'N']]) }), { file: 'entities.csv', row: 2, column: 'kind' }],
      ['bad date', bundle({ relationships: csv([['id', 'type', 'from', 'to', 'valid_from', 'confidence'], ['imp-e1', 'ALLIED_WITH', 'imp-a', 'imp-ns', '2021-13', 'reported']]) }), { file: 'relationships.csv', row: 2, column: 'valid_from' }],
      ['no citation', bundle({ citations: csv([['relationship_id', 'source_id']]) }), { file: 'relationships.csv', row: 2, column: 'id' }],
      ['unknown source', bundle({ citations: csv([['relationship_id', 'source_id'], ['imp-e1', 'no-such-source']]) }), { file: 'citations.csv', row: 2, column: 'source_id' }],
      ['unknown entity', bundle({ relationships: csv([['id', 'type', 'from', 'to', 'confidence'], ['imp-e1', 'ALLIED_WITH', 'imp-a', 'nobody', 'reported']]) }), { file: 'relationships.csv', row: 2, column: 'to' }],
      ['not UTF-8', bundle({ entities: latin1 }), { file: 'entities.csv', row: 2, column: null }],
      ['a control character in a cell', bundle({ entities: csv([['id', 'kind', 'name'], ['imp-a', 'organization', 'A\u001b[31m'], ['imp-ns', 'organization', 'N']]) }), { file: 'entities.csv', row: 2, column: 'name' }],
      ['a right-to-left override in a cell', bundle({ entities: csv([['id', 'kind', 'name'], ['imp-a', 'organization', 'A'], ['imp-ns', 'organization', 'fdp.\u202eexe']]) }), { file: 'entities.csv', row: 3, column: 'name' }],
      ['missing table', zipSync({ 'entities.csv': strToU8(csv([['id', 'kind', 'name']])) }), { file: 'relationships.csv', column: null }],
    ];
    const empty = await startTestServer({ seedFile: REAL_SEED, env: { SEED: 'none' } });
    try {
      for (const [what, file, issue] of cases) {
        for (const server of [target, empty]) {
          const before = (await server.query(STATS)).stats;
          const res = await post(server, file, 'commit');
          expect(res.status, what).toBe(422);
          const issues = [...res.body.errors, ...res.body.refused] as Issue[];
          expect(issues, what).toContainEqual(expect.objectContaining(issue));
          expect(issues.every((i) => i.message.length > 0), what).toBe(true);
          expect((await server.query(STATS)).stats, what).toEqual(before);
        }
      }
      const badJson = await post(empty, '{"entities": [{"id": "x", "kind": "person"}], "sources": [], "edges": []}', 'commit', 'bundle.json', 'application/json');
      expect(badJson.status).toBe(422);
      expect(badJson.body.errors).toContainEqual(expect.objectContaining({ file: 'entities', row: 1, column: 'name' }));
      // JSON can carry what UTF-8 cannot: a lone surrogate, refused rather than stored as U+FFFD.
      const surrogate = await post(empty, '{"entities": [{"id": "x", "kind": "person", "name": "Ann\\ud800"}], "sources": [], "edges": []}', 'commit', 'bundle.json', 'application/json');
      expect(surrogate.status).toBe(422);
      expect(surrogate.body.errors).toContainEqual(expect.objectContaining({ file: 'entities', row: 1, column: 'name', message: expect.stringContaining('surrogate') }));
    } finally {
      await empty.close();
    }
  });

  it('refuses a file over the upload limit, and a body a page on another site could send', async () => {
    const small = await startTestServer({ seedFile: REAL_SEED, env: { IMPORT_LIMIT: '1kb' } });
    try {
      const big = new Uint8Array(4096).fill(32);
      const res = await post(small, big, 'commit');
      expect(res.status).toBe(413);
      expect(res.body.errors[0]).toMatchObject({ row: 0, message: expect.stringContaining('upload limit') });
      const form = await post(small, bundle(), 'commit', 'bundle.zip', 'text/plain');
      expect(form.status).toBe(415);
    } finally {
      await small.close();
    }
  });

  it('imports from the command line into a store it creates, with a dry run first', async () => {
    const dbFile = path.join(path.dirname(await tempDbFile()), 'nested', 'cli.db');
    const file = path.join(path.dirname(dbFile), '..', 'bundle.zip');
    writeFileSync(file, bundle());
    const run = (...args: string[]) =>
      execFileSync('node', ['--import', 'tsx', 'server/src/cli/import.ts', ...args], { env: { ...process.env, SQLITE_PATH: dbFile, SEED: 'none' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(run(file, '--dry-run')).toContain('Dry run: no problems; nothing was written.');
    expect(run(file)).toContain('Imported 2 entities, 1 relationships, 1 citations and 1 sources');
    const store = await openSqliteStore(dbFile);
    try {
      expect(await store.stats()).toEqual({ entities: 2, edges: 1, sources: 1, citations: 1 });
    } finally {
      await store.close();
    }
  });
});
