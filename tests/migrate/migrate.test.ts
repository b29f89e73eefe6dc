import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countRecords, migrateGraph, parseStoreSpec } from '../../server/src/cli/migrate.ts';
import { ConflictError } from '../../server/src/domain/errors.ts';
import type { AuditEvent } from '../../server/src/domain/types.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { openSqliteStore } from '../../server/src/stores/sqlite/index.ts';
import { citationInput, edgeInput, entityInput, entityPatch, reason, sourceInput } from '../fixtures/builders.ts';
import { miniBundle } from '../fixtures/mini-bundle.ts';

let dir: string;
const open: GraphStore[] = [];
async function store(name: string): Promise<GraphStore> {
  const s = await openSqliteStore(path.join(dir, `${name}.db`));
  open.push(s);
  return s;
}

async function allAuditEvents(s: GraphStore): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (;;) {
    const page = await s.auditEvents(out.at(-1)?.id ?? null, 2);
    out.push(...page);
    if (page.length < 2) return out;
  }
}

/** The mini bundle plus a history: an edit, a later citation, a retraction and an edge added one by one. */
async function fixtureGraph(): Promise<GraphStore> {
  const s = await store('source');
  await s.bulkLoad(miniBundle, 'loader');
  await s.updateEntity('puk', entityPatch({ description: 'Parents Union of Kazakhstan' }), 'researcher');
  const court = await s.createSource(sourceInput({ kind: 'court_record', title: 'Defamation ruling' }), 'researcher');
  await s.addCitation('puk-affiliated-narodnye', citationInput({ sourceId: court.id, locator: 'para. 3', stance: 'disputes' }), 'researcher');
  const officer = await s.createEntity(entityInput({ kind: 'person', name: 'Advocacy officer', aliases: [{ value: 'Officer A', lang: 'en' }] }), 'researcher');
  await s.addEdge(edgeInput({ type: 'SPOKE_AT', from: officer.id, to: 'rally-2022-03-12', confidence: 'confirmed', citations: [{ sourceId: 'src-footnote-12' }] }), 'researcher');
  await s.retractEdge('puk-targeted-r', reason('Source misread'), 'researcher');
  return s;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actornet-migrate-'));
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('migrating a graph between stores (SQLite to SQLite)', () => {
  it('copies every record, retracted edges and history included, and the counts match', async () => {
    const from = await fixtureGraph();
    const to = await store('target');
    const before = await countRecords(from);
    // One event per loaded record, then one per later write.
    const loaded = miniBundle.sources.length + miniBundle.entities.length + miniBundle.edges.length;
    expect(before).toEqual({ entities: 5, sources: 3, edges: 4, citations: 6, auditEvents: loaded + 6 });

    const report = await migrateGraph(from, to);

    expect(report.matches).toBe(true);
    expect(report.copied).toEqual(before);
    expect(report.target).toEqual(before);
    expect(await to.stats()).toEqual(await from.stats());
  });

  it('keeps entities, contested and retracted edges, restricted entities and the audit log exactly', async () => {
    const from = await fixtureGraph();
    const to = await store('target');
    await migrateGraph(from, to);

    for (const id of ['puk', 'activist-r', 'narodnye-sovety']) expect(await to.getEntity(id)).toEqual(await from.getEntity(id));
    expect((await to.getEntity('activist-r'))?.sensitivity).toBe('restricted');

    const contested = await to.getEdge('puk-affiliated-narodnye');
    expect(contested).toEqual(await from.getEdge('puk-affiliated-narodnye'));
    expect(contested?.status).toBe('contested');
    expect(contested?.citations.map((c) => c.locator)).toEqual(['p. 4', 'p. 5', 'para. 3']);

    const retracted = await to.getEdge('puk-targeted-r');
    expect(retracted).toEqual(await from.getEdge('puk-targeted-r'));
    expect(retracted).toMatchObject({ status: 'retracted', retractedReason: 'Source misread' });
    expect(retracted?.citations).toHaveLength(1);

    expect(await to.history('puk')).toEqual(await from.history('puk'));
    expect((await to.history('puk-targeted-r')).map((e) => e.action)).toEqual(['bulk-load', 'edge.retract']);
    expect(await allAuditEvents(to)).toEqual(await allAuditEvents(from));
    expect(await to.search('Narodnye Sovety', { first: 5, includeRestricted: true })).toEqual(
      await from.search('Narodnye Sovety', { first: 5, includeRestricted: true }),
    );
  });

  it('refuses a target that already holds a graph, and writes nothing to it', async () => {
    const from = await fixtureGraph();
    const to = await store('target');
    await to.createEntity(entityInput({ kind: 'organization', name: 'Already here' }), 'researcher');
    const held = await countRecords(to);
    await expect(migrateGraph(from, to)).rejects.toBeInstanceOf(ConflictError);
    expect(await countRecords(to)).toEqual(held);
  });
});

describe('naming the stores on the command line', () => {
  it('reads sqlite paths and neo4j URLs with credentials and database', () => {
    expect(parseStoreSpec('sqlite:data/x.db', '--from')).toEqual({ kind: 'sqlite', path: path.resolve('data/x.db') });
    expect(parseStoreSpec('neo4j+s://reader:p%40ss@abc.databases.neo4j.io/graph', '--to')).toEqual({
      kind: 'neo4j',
      options: { uri: 'neo4j+s://abc.databases.neo4j.io', user: 'reader', password: 'p@ss', database: 'graph' },
    });
    expect(() => parseStoreSpec('postgres://x', '--to')).toThrow(/is not a store/);
  });
});
