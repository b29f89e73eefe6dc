// Saved maps over HTTP: save, list, open, rename, duplicate, soft-delete and restore, each audited; bad input names
// the field and writes nothing; a viewer without restricted access sees a map redacted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { REAL_SEED, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const MAP = `id title caption layout owner deletedAt redacted createdAt updatedAt
  entities { id x y pinned hidden entity { id name redacted } }
  filters { kinds types confidence includeContested includeRetracted from to }
  annotations { id text target targetId x y }`;

const input = {
  title: 'PUK and R.',
  caption: 'The lawsuit against R. — иск против R.',
  entities: [
    { id: 'org-puk', x: 10.5, y: -20.25, pinned: true },
    { id: 'person-at-risk-1', x: 240.75, y: 80.125 },
    { id: 'org-narodnye-sovety', x: -150, y: 60, hidden: true },
  ],
  filters: { kinds: ['ORGANIZATION', 'PERSON'], confidence: ['ALLEGED', 'REPORTED'], includeRetracted: true, from: '2021', to: '2023' },
  layout: 'concentric',
  annotations: [
    { text: 'R. was sued for defamation', target: 'ENTITY', targetId: 'person-at-risk-1' },
    { text: 'The lawsuit', target: 'EDGE', targetId: 'e-puk-sued-at-risk-1' },
    { text: 'Sources: EL*C and Feminita', target: 'MAP', x: 0, y: 200 },
  ],
};

describe('saved maps', () => {
  let server: TestServer;
  let publicServer: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: REAL_SEED });
    publicServer = await startTestServer({ seedFile: REAL_SEED, dbFile: server.dbFile, viewer: PUBLIC_VIEWER });
  });
  afterAll(async () => {
    await publicServer?.close();
    await server?.close();
  });

  it('saves a map with exact positions, filters, layout and annotations, owned by the local user', async () => {
    const { saveMap } = await server.query(`mutation($input: MapInput!) { saveMap(input: $input) { ${MAP} } }`, { input });
    expect(saveMap).toMatchObject({ title: input.title, caption: input.caption, layout: 'concentric', owner: 'local', deletedAt: null, redacted: false });
    expect(saveMap.entities).toEqual([
      { id: 'org-puk', x: 10.5, y: -20.25, pinned: true, hidden: false, entity: { id: 'org-puk', name: expect.any(String), redacted: false } },
      { id: 'person-at-risk-1', x: 240.75, y: 80.125, pinned: false, hidden: false, entity: { id: 'person-at-risk-1', name: 'R.', redacted: false } },
      { id: 'org-narodnye-sovety', x: -150, y: 60, pinned: false, hidden: true, entity: { id: 'org-narodnye-sovety', name: 'Narodnye Sovety', redacted: false } },
    ]);
    expect(saveMap.filters).toEqual({ kinds: ['ORGANIZATION', 'PERSON'], types: null, confidence: ['ALLEGED', 'REPORTED'], includeContested: true, includeRetracted: true, from: '2021', to: '2023' });
    expect(saveMap.annotations.map((a: { text: string; target: string }) => [a.target, a.text])).toEqual([
      ['ENTITY', 'R. was sued for defamation'],
      ['EDGE', 'The lawsuit'],
      ['MAP', 'Sources: EL*C and Feminita'],
    ]);
    const { map } = await server.query(`query($id: ID!) { map(id: $id) { ${MAP} } }`, { id: saveMap.id });
    expect(map).toEqual(saveMap);
  });

  it('lists, renames, duplicates, soft-deletes and restores, auditing each change', async () => {
    const { saveMap: first } = await server.query(`mutation($input: MapInput!) { saveMap(input: $input) { id } }`, { input: { ...input, title: 'To rename' } });
    const { updateMap } = await server.query(`mutation($id: ID!, $input: MapInput!) { updateMap(id: $id, input: $input) { id title entities { id x } } }`, {
      id: first.id,
      input: { ...input, title: 'Renamed' },
    });
    expect(updateMap).toMatchObject({ id: first.id, title: 'Renamed' });
    const { saveMap: copy } = await server.query(`mutation($input: MapInput!) { saveMap(input: $input) { id title } }`, { input: { ...input, title: 'Renamed (copy)' } });
    expect(copy.id).not.toBe(first.id);

    const { deleteMap } = await server.query(`mutation($id: ID!) { deleteMap(id: $id) { id deletedAt } }`, { id: first.id });
    expect(deleteMap.deletedAt).toEqual(expect.any(String));
    const listed = await server.query('{ live: maps { id title } all: maps(includeDeleted: true) { id deletedAt } }');
    expect(listed.live.map((m: { id: string }) => m.id)).not.toContain(first.id);
    expect(listed.live.map((m: { title: string }) => m.title)).toContain('Renamed (copy)');
    expect(listed.all.find((m: { id: string }) => m.id === first.id).deletedAt).toBe(deleteMap.deletedAt);

    const again = await server.request(`mutation($id: ID!) { deleteMap(id: $id) { id } }`, { id: first.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { restoreMap } = await server.query(`mutation($id: ID!) { restoreMap(id: $id) { id deletedAt title } }`, { id: first.id });
    expect(restoreMap).toEqual({ id: first.id, deletedAt: null, title: 'Renamed' });

    const { history } = await server.query(`query($id: ID!) { history(id: $id) { action actor } }`, { id: first.id });
    expect(history).toEqual([
      { action: 'map.create', actor: 'local' },
      { action: 'map.update', actor: 'local' },
      { action: 'map.delete', actor: 'local' },
      { action: 'map.restore', actor: 'local' },
    ]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await server.query('{ maps(includeDeleted: true) { id } }');
    const cases: [unknown, string][] = [
      [{ ...input, title: '  ' }, 'input.title'],
      [{ ...input, entities: [{ id: 'no-such-entity', x: 0, y: 0 }], annotations: [] }, 'input.entities.0.id'],
      [{ ...input, entities: [input.entities[0], input.entities[0]], annotations: [] }, 'input.entities.1.id'],
      [{ ...input, layout: 'spiral' }, 'input.layout'],
      [{ ...input, filters: { from: '2021-13' } }, 'input.filters.from'],
      [{ ...input, annotations: [{ text: 'x', target: 'ENTITY', targetId: 'org-feminita' }] }, 'input.annotations.0.targetId'],
      [{ ...input, annotations: [{ text: 'x', target: 'EDGE' }] }, 'input.annotations.0.targetId'],
    ];
    for (const [bad, field] of cases) {
      const response = await server.request(`mutation($input: MapInput!) { saveMap(input: $input) { id } }`, { input: bad });
      expect(response.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.issues?.map((i) => i.path), field).toContain(field);
    }
    const unknown = await server.request(`mutation { deleteMap(id: "map_nope") { id } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await server.query('{ maps(includeDeleted: true) { id } }')).toEqual(before);
  });

  it('shows a viewer without restricted access the map redacted: positions kept, name and pinned notes blanked', async () => {
    const { saveMap } = await server.query(`mutation($input: MapInput!) { saveMap(input: $input) { id } }`, { input: { ...input, title: 'Redaction check' } });
    const { map } = await publicServer.query(`query($id: ID!) { map(id: $id) { ${MAP} } }`, { id: saveMap.id });
    expect(map.redacted).toBe(true);
    const r = map.entities.find((e: { id: string }) => e.id === 'person-at-risk-1');
    expect(r).toEqual({ id: 'person-at-risk-1', x: 240.75, y: 80.125, pinned: false, hidden: false, entity: { id: 'person-at-risk-1', name: REDACTED_NAME, redacted: true } });
    expect(map.annotations.map((a: { text: string }) => a.text)).toEqual([REDACTED_NAME, REDACTED_NAME, 'Sources: EL*C and Feminita']);
    const { maps } = await publicServer.query(`{ maps { id annotations { text } entities { entity { name } } } }`);
    const listed = maps.find((m: { id: string }) => m.id === saveMap.id);
    expect(JSON.stringify(listed)).not.toContain('defamation');
    expect(JSON.stringify(listed)).not.toContain('"R."');
  });
});
