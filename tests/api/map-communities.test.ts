// Named communities kept in a saved map: they round-trip, bad ones name the field, and a viewer without restricted
// access sees the name of a community with a restricted member blanked (the name may identify the person).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_VIEWER, REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { REAL_SEED, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

afterAll(removeTempDirs);

const SAVE = 'mutation($input: MapInput!) { saveMap(input: $input) { id redacted communities { name members } } }';
const READ = 'query($id: ID!) { map(id: $id) { id redacted communities { name members } } }';
const entities = [
  { id: 'org-puk', x: 0, y: 0 },
  { id: 'person-at-risk-1', x: 100, y: 0 },
  { id: 'org-feminita', x: 0, y: 100 },
];

describe('communities in saved maps', () => {
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

  it('keeps named communities with their members, and a map without any has none', async () => {
    const communities = [
      { name: 'R. and the lawsuit', members: ['org-puk', 'person-at-risk-1'] },
      { name: 'Advocates', members: ['org-feminita'] },
    ];
    const { saveMap } = await server.query(SAVE, { input: { title: 'Communities', entities, communities } });
    expect(saveMap.communities).toEqual(communities);
    expect((await server.query(READ, { id: saveMap.id })).map.communities).toEqual(communities);
    const plain = await server.query(SAVE, { input: { title: 'No communities', entities } });
    expect(plain.saveMap.communities).toEqual([]);
  });

  it('blanks the name of a community with a restricted member for a viewer without restricted access', async () => {
    const communities = [
      { name: 'R. and the lawsuit', members: ['org-puk', 'person-at-risk-1'] },
      { name: 'Advocates', members: ['org-feminita'] },
    ];
    const { saveMap } = await server.query(SAVE, { input: { title: 'Communities, public', entities, communities } });
    const response = await publicServer.request(READ, { id: saveMap.id });
    const map = (response.data as { map: { redacted: boolean; communities: { name: string; members: string[] }[] } }).map;
    expect(map.redacted).toBe(true);
    expect(map.communities).toEqual([
      { name: REDACTED_NAME, members: ['org-puk', 'person-at-risk-1'] },
      { name: 'Advocates', members: ['org-feminita'] },
    ]);
    expect(JSON.stringify(response)).not.toContain('R. and the lawsuit');
  });

  it('refuses a community without a name or members, naming the field, and saves nothing', async () => {
    const before = (await server.query('{ maps { id } }')).maps.length;
    const unnamed = await server.request(SAVE, { input: { title: 'Bad', entities, communities: [{ name: '  ', members: ['org-puk'] }] } });
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communities.0.name' });
    const empty = await server.request(SAVE, { input: { title: 'Bad', entities, communities: [{ name: 'Nobody', members: [] }] } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communities.0.members' });
    expect((await server.query('{ maps { id } }')).maps.length).toBe(before);
  });
});
