// Team mode over HTTP, as an outside client sees it: no credentials get 401; each role gets exactly its rights; only
// restricted access shows R. or lifts the restriction; tokens, logout, idle expiry and failed sign-ins behave.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDACTED_NAME } from '../../server/src/domain/visibility.ts';
import { FIXTURE, STATS, removeTempDirs, type TestServer } from './helpers.ts';
import { PASSWORD, clientWith, login, sessionCookieOf, signIn, startTeamServer, type Client } from './team-helpers.ts';

afterAll(removeTempDirs);

const ACCOUNTS = [
  { name: 'admin', role: 'admin', restrictedAccess: true },
  { name: 'manager', role: 'admin' },
  { name: 'editor', role: 'editor' },
  { name: 'trusted', role: 'editor', restrictedAccess: true },
  { name: 'reader', role: 'viewer' },
] as const;

const R = '{ entity(id: "person-at-risk-1") { name description sensitivity redacted } }';
const ORG_INPUT = { kind: 'ORGANIZATION', name: 'Nemolchi.kz' };

describe('team mode over HTTP', () => {
  let server: TestServer;
  let admin: Client;
  let manager: Client;
  let editor: Client;
  let trusted: Client;
  let reader: Client;
  let sourceId: string;

  beforeAll(async () => {
    server = await startTeamServer({ seedFile: FIXTURE, accounts: [...ACCOUNTS] });
    [admin, manager, editor, trusted, reader] = (await Promise.all(ACCOUNTS.map((a) => signIn(server.url, a.name)))) as [Client, Client, Client, Client, Client];
    const { data } = await admin.request<{ sources: { id: string }[] }>('{ sources { id } }');
    sourceId = data!.sources[0]!.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers 401 UNAUTHENTICATED without a session or token, with a bad one, and after logout', async () => {
    const anonymous = await server.request(STATS);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    for (const headers of [{ cookie: 'actornet_session=ses_forged' }, { authorization: 'Bearer tok_forged' }] as Record<string, string>[]) {
      const forged = await clientWith(server.url, headers).request(STATS);
      expect(forged.status).toBe(401);
      expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('signs in with a session cookie that is HttpOnly and SameSite=Strict, and answers every bad credential alike', async () => {
    const ok = await login(server.url, 'reader', PASSWORD);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ account: { name: 'reader', role: 'VIEWER', restrictedAccess: false } });
    const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('actornet_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    // Served over plain http here: a Secure cookie would never come back.
    expect(cookie).not.toMatch(/Secure/i);

    const wrongPassword = await login(server.url, 'manager', 'not the password at all');
    const unknownName = await login(server.url, 'nobody-here', PASSWORD);
    const notAString = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username": 5}' });
    const bodies = await Promise.all([wrongPassword, unknownName, notAString].map(async (r) => [r.status, await r.json()]));
    expect(bodies[0]).toEqual([401, { errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED' } }] }]);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('accepts only JSON at /auth/login and /auth/logout', async () => {
    const form = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `username=reader&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(form.status).toBe(415);
    expect(form.headers.getSetCookie()).toEqual([]);
    const logout = await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie: reader.headers.cookie! }, body: '{}' });
    expect(logout.status).toBe(415);
    expect((await reader.request(STATS)).status).toBe(200);
  });

  it('answers me with the signed-in account', async () => {
    const { data } = await trusted.request('{ me { name role restrictedAccess } }');
    expect(data).toEqual({ me: { name: 'trusted', role: 'EDITOR', restrictedAccess: true } });
  });

  it('lets a viewer read the public graph with R. redacted, and refuses every write with FORBIDDEN', async () => {
    const { data } = await reader.request(R);
    expect(data).toEqual({ entity: { name: REDACTED_NAME, description: null, sensitivity: 'RESTRICTED', redacted: true } });
    const before = await admin.request(STATS);
    const historyBefore = await admin.request('{ history(id: "org-puk") { id } }');
    const writes: [string, Record<string, unknown>][] = [
      ['mutation($i: EntityInput!) { createEntity(input: $i) { id } }', { i: ORG_INPUT }],
      ['mutation { updateEntity(id: "org-puk", input: { description: "x" }) { id } }', {}],
      ['mutation($i: SourceInput!) { createSource(input: $i) { id } }', { i: { kind: 'news', title: 'A post' } }],
      [
        'mutation($i: EdgeInput!) { addEdge(input: $i) { id } }',
        { i: { type: 'SUPPORTED', from: 'org-akimat', to: 'org-puk', confidence: 'ALLEGED', citations: [{ sourceId }] } },
      ],
      ['mutation($s: ID!) { addCitation(edgeId: "edge-puk-organized-rally", citation: { sourceId: $s }) { id } }', { s: sourceId }],
      ['mutation { retractEdge(id: "edge-puk-organized-rally", reason: "r") { id } }', {}],
      ['mutation { mergeEntities(keepId: "org-puk", mergeId: "org-akimat") { id } }', {}],
      ['mutation { revokeToken(name: "reader") { name } }', {}],
      ['mutation { updateEdge(id: "edge-puk-organized-rally", input: { note: "x" }) { id } }', {}],
      ['mutation { reinstateEdge(id: "edge-puk-organized-rally", reason: "r") { id } }', {}],
    ];
    for (const [query, variables] of writes) {
      const response = await reader.request(query, variables);
      expect(response.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(response.errors?.[0]?.message, query).toMatch(/needs the (editor|admin) role/);
    }
    expect(await admin.request(STATS)).toMatchObject({ data: before.data });
    expect((await admin.request('{ history(id: "org-puk") { id } }')).data).toEqual(historyBefore.data);
  });

  it('lets an editor write, recording the account as the actor', async () => {
    const { data, errors } = await editor.request<{ createEntity: { id: string; createdBy: string } }>('mutation($i: EntityInput!) { createEntity(input: $i) { id createdBy } }', { i: ORG_INPUT });
    expect(errors).toBeUndefined();
    expect(data!.createEntity.createdBy).toBe('editor');
    const { data: history } = await admin.request<{ history: { actor: string; action: string }[] }>('query($id: ID!) { history(id: $id) { actor action } }', { id: data!.createEntity.id });
    expect(history!.history).toEqual([{ actor: 'editor', action: 'entity.create' }]);
  });

  it('lets an editor restrict a record but not change a restricted one or lift a restriction', async () => {
    const lift = await editor.request('mutation { updateEntity(id: "person-at-risk-1", input: { sensitivity: PUBLIC }) { id sensitivity } }');
    expect(lift.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', right: 'restricted-access' });
    const edit = await editor.request('mutation { updateEntity(id: "person-at-risk-1", input: { description: "Moved away." }) { id } }');
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const link = await editor.request('mutation($i: EdgeInput!) { addEdge(input: $i) { id } }', {
      i: { type: 'TARGETED', from: 'org-akimat', to: 'person-at-risk-1', confidence: 'ALLEGED', citations: [{ sourceId }] },
    });
    expect(link.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const retract = await editor.request('mutation { retractEdge(id: "edge-puk-sued-at-risk-1", reason: "doubt") { id } }');
    expect(retract.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const correct = await editor.request('mutation { updateEdge(id: "edge-puk-sued-at-risk-1", input: { note: "Dropped." }) { id } }');
    expect(correct.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', right: 'restricted-access' });
    const merge = await editor.request('mutation { mergeEntities(keepId: "org-akimat", mergeId: "person-at-risk-1") { id } }');
    expect(merge.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await trusted.request(R)).data).toMatchObject({ entity: { name: 'R.', sensitivity: 'RESTRICTED' } });
    expect((await trusted.request('{ edge(id: "edge-puk-sued-at-risk-1") { status } }')).data).toEqual({ edge: { status: 'ACTIVE' } });

    const restrict = await editor.request('mutation { updateEntity(id: "person-baltabayeva", input: { sensitivity: RESTRICTED }) { sensitivity redacted } }');
    expect(restrict.errors).toBeUndefined();
    expect(restrict.data).toEqual({ updateEntity: { sensitivity: 'RESTRICTED', redacted: true } });
    const undo = await editor.request('mutation { updateEntity(id: "person-baltabayeva", input: { sensitivity: PUBLIC }) { id } }');
    expect(undo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lifted = await trusted.request('mutation { updateEntity(id: "person-baltabayeva", input: { sensitivity: PUBLIC }) { sensitivity } }');
    expect(lifted.data).toEqual({ updateEntity: { sensitivity: 'PUBLIC' } });
  });

  it('shows R. in full only to accounts with restricted access, and reads as public when asked, never the reverse', async () => {
    expect((await trusted.request(R)).data).toMatchObject({ entity: { name: 'R.', redacted: false } });
    expect((await admin.request(R)).data).toMatchObject({ entity: { name: 'R.', redacted: false } });
    expect((await editor.request(R)).data).toMatchObject({ entity: { name: REDACTED_NAME, redacted: true } });
    expect((await manager.request(R)).data).toMatchObject({ entity: { name: REDACTED_NAME, redacted: true } });

    const preview = await trusted.request(`{ me { name restrictedAccess } ${R.slice(1, -1)} }`, {}, { 'x-actornet-audience': 'public' });
    expect(preview.data).toMatchObject({ me: { name: 'trusted', restrictedAccess: true }, entity: { name: REDACTED_NAME, redacted: true } });
    const more = await editor.request(R, {}, { 'x-actornet-audience': 'full' });
    expect(more.data).toMatchObject({ entity: { name: REDACTED_NAME } });
  });

  it('lets admins manage accounts and no one else; restricted access is granted only by an account that has it', async () => {
    const list = await admin.request<{ accounts: { name: string; role: string }[] }>('{ accounts { name role restrictedAccess disabled hasToken } }');
    expect(list.data!.accounts.map((a) => a.name)).toEqual(['admin', 'editor', 'manager', 'reader', 'trusted']);
    for (const client of [editor, trusted, reader]) {
      const refused = await client.request('{ accounts { name } }');
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', right: 'manage-accounts' });
    }
    const created = await manager.request('mutation($i: AccountInput!) { createAccount(input: $i) { name role restrictedAccess } }', {
      i: { name: 'intern', role: 'VIEWER', password: PASSWORD },
    });
    expect(created.data).toEqual({ createAccount: { name: 'intern', role: 'VIEWER', restrictedAccess: false } });
    const short = await admin.request('mutation($i: AccountInput!) { createAccount(input: $i) { name } }', { i: { name: 'x', role: 'VIEWER', password: 'short' } });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    const escalate = await manager.request('mutation { updateAccount(name: "intern", input: { restrictedAccess: true }) { name } }');
    expect(escalate.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', right: 'restricted-access' });
    const granted = await admin.request('mutation { updateAccount(name: "intern", input: { restrictedAccess: true, role: EDITOR }) { role restrictedAccess } }');
    expect(granted.data).toEqual({ updateAccount: { role: 'EDITOR', restrictedAccess: true } });
    const intern = await signIn(server.url, 'intern');
    expect((await intern.request(R)).data).toMatchObject({ entity: { name: 'R.' } });

    const events = await admin.request<{ history: { action: string; actor: string; afterJson: string | null }[] }>('{ history(id: "account:intern") { action actor afterJson } }');
    expect(events.data!.history.map((e) => [e.action, e.actor])).toEqual([
      ['account.create', 'manager'],
      ['account.update', 'admin'],
      ['auth.sign-in', 'intern'],
    ]);
    expect(JSON.stringify(events.data)).not.toContain(PASSWORD);
    expect(JSON.stringify(events.data)).not.toContain('scrypt');
    expect((await reader.request('{ history(id: "account:intern") { action } }')).data).toEqual({ history: [] });
  });

  it('accepts a personal API token until it is revoked', async () => {
    const issued = await admin.request<{ issueToken: { token: string; account: { hasToken: boolean } } }>('mutation { issueToken(name: "editor") { token account { hasToken } } }');
    const token = issued.data!.issueToken.token;
    expect(issued.data!.issueToken.account.hasToken).toBe(true);
    const script = clientWith(server.url, { authorization: `Bearer ${token}` });
    expect((await script.request('{ me { name role } }')).data).toEqual({ me: { name: 'editor', role: 'EDITOR' } });
    const { data } = await script.request<{ createEntity: { createdBy: string } }>('mutation($i: EntityInput!) { createEntity(input: $i) { createdBy } }', { i: { kind: 'EVENT', name: 'Hearing' } });
    expect(data!.createEntity.createdBy).toBe('editor');
    await admin.request('mutation { revokeToken(name: "editor") { name } }');
    const revoked = await script.request(STATS);
    expect(revoked.status).toBe(401);
    expect(revoked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on the server at logout, even if the cookie is sent again', async () => {
    const session = await signIn(server.url, 'reader');
    expect((await session.request(STATS)).status).toBe(200);
    const out = await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session.headers.cookie! }, body: '{}' });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie()[0]).toMatch(/actornet_session=;/);
    const after = await session.request(STATS);
    expect(after.status).toBe(401);
  });

  it('signs a disabled account out everywhere and refuses its sign-in', async () => {
    await admin.request('mutation($i: AccountInput!) { createAccount(input: $i) { name } }', { i: { name: 'leaver', role: 'VIEWER', password: PASSWORD } });
    const leaver = await signIn(server.url, 'leaver');
    const disabled = await admin.request('mutation { updateAccount(name: "leaver", input: { disabled: true }) { disabled } }');
    expect(disabled.data).toEqual({ updateAccount: { disabled: true } });
    expect((await leaver.request(STATS)).status).toBe(401);
    expect((await login(server.url, 'leaver', PASSWORD)).status).toBe(401);
  });

  it('keeps one enabled admin', async () => {
    await admin.request('mutation { updateAccount(name: "manager", input: { role: EDITOR }) { name } }');
    const last = await admin.request('mutation { updateAccount(name: "admin", input: { disabled: true }) { name } }');
    expect(last.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await admin.request('{ me { role } }')).data).toEqual({ me: { role: 'ADMIN' } });
  });
});

describe('team mode sessions and sign-in limits', () => {
  it('ends a session idle for longer than SESSION_IDLE', async () => {
    const server = await startTeamServer({ seedFile: FIXTURE, accounts: [{ name: 'reader', role: 'viewer' }], env: { SESSION_IDLE: '2s' } });
    try {
      const reader = await signIn(server.url, 'reader');
      expect((await reader.request(STATS)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect((await reader.request(STATS)).status).toBe(401);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('slows and then locks repeated failed sign-ins for an account, even with the right password', async () => {
    const server = await startTeamServer({ seedFile: FIXTURE, accounts: [{ name: 'target', role: 'viewer' }, { name: 'other', role: 'viewer' }] });
    try {
      for (let i = 0; i < 10; i++) expect((await login(server.url, 'target', `wrong guess number ${i}`)).status).toBe(401);
      const locked = await login(server.url, 'target', PASSWORD);
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);
      expect(locked.headers.getSetCookie()).toEqual([]);
      // The lock is per account: another account from the same address still signs in.
      expect((await login(server.url, 'other', PASSWORD)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const server = await startTeamServer({ seedFile: FIXTURE, accounts: [{ name: 'reader', role: 'viewer' }], env: { PUBLIC_URL: 'https://actornet.example.org' } });
    try {
      const response = await login(server.url, 'reader', PASSWORD);
      expect(response.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
      expect(sessionCookieOf(response)).toMatch(/^actornet_session=ses_/);
    } finally {
      await server.close();
    }
  });
});
