// HTTP defaults: security headers, CSRF prevention, closed CORS, loopback binding, no CDN landing page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { FIXTURE, removeTempDirs, startTestServer, type TestServer } from './helpers.ts';

describe('HTTP security defaults', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedFile: FIXTURE });
  });
  afterAll(async () => {
    await server?.close();
    await removeTempDirs();
  });

  it('binds to 127.0.0.1 unless told otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('sends a self-only CSP and nosniff on API and page responses', async () => {
    for (const target of ['/graphql?query=%7Bstats%7Bentities%7D%7D', '/']) {
      const response = await fetch(`${server.url}${target}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/https:|http:|\*/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('tells browsers and proxies not to store any GraphQL answer, a failed one included', async () => {
    const answered = await server.request('{ stats { entities } neighborhood(ids: ["org-puk"]) { nodes { id } edges { from { id } citations { source { id } } } } }');
    expect(answered.errors).toBeUndefined();
    expect(answered.headers.get('cache-control')).toBe('no-store');
    const refused = await server.request('{ neighborhood(ids: ["org-puk"], depth: 9) { truncated } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('answers GET queries that carry a preflight header', async () => {
    const response = await fetch(`${server.url}/graphql?query=%7Bstats%7Bentities%7D%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { stats: { entities: number } } }).data.stats.entities).toBeGreaterThan(0);
  });

  it('refuses a text/plain POST (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { createEntity(input: { kind: PERSON, name: "csrf" }) { id } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const stats = await server.query('{ search(query: "csrf") { id } }');
    expect(stats.search).toEqual([]);
  });

  it('refuses a simple GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=%7Bstats%7Bentities%7D%7D`);
    expect(response.status).toBe(400);
  });

  it('keeps CORS closed when no origins are configured', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens CORS only to configured origins', async () => {
    const open = await startTestServer({ seedFile: FIXTURE, env: { CORS_ORIGINS: 'https://allowed.example' } });
    try {
      const allowed = await fetch(`${open.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://allowed.example', 'access-control-request-method': 'POST' },
      });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
      const other = await fetch(`${open.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await open.close();
    }
  });

  it('serves no CDN landing page on GET /graphql', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body).not.toMatch(/cdn|apollographql\.com|embeddable-sandbox/i);
  });

  it('reports health', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves a page at / and at client routes, and GraphiQL at /explorer from this origin only', async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    const deepLink = await fetch(`${server.url}/some/view?entity=org-puk`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toBe(await home.text());
    expect((await fetch(`${server.url}/missing-asset.js`)).status).toBe(404);

    const explorer = await fetch(`${server.url}/explorer`);
    expect(explorer.status).toBe(200);
    const html = await explorer.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/explorer-[\w-]+\.js">/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
