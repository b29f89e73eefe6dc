// How long a light request waits while the heaviest single operations the server accepts are running: `/healthz` and
// a tiny GraphQL query are sent every ~20 ms beside each heavy operation, and the longest answer time is the figure.
// A request that blocks the server's main thread shows up here as the wait of everything queued behind it.
import { QUERY_LIMITS } from '../../server/src/domain/limits.ts';

export const LIGHT_WAIT_TARGET_MS = 1000;
const PROBE_EVERY_MS = 20;

export interface HeavyCase {
  label: string;
  /** Runs before the timing starts (e.g. a write, so that what follows is cold). */
  before?: () => Promise<unknown>;
  run: () => Promise<unknown>;
}

export interface LightWait {
  label: string;
  /** How long the heavy operation itself took. */
  heavyMs: number;
  /** The longest answer time of `/healthz` and of `{ stats { entities } }` while it ran. */
  healthzMaxMs: number;
  statsMaxMs: number;
  probes: number;
}

type Post = (body: unknown) => Promise<unknown>;

// Every Entity, Source and Citation field, and every Edge field with its ends, citations and their sources.
const ENTITY = 'id kind name aliases { value lang } description startDate endDate sensitivity degree redacted createdAt createdBy updatedAt updatedBy';
const SOURCE = 'id kind title url publisher author publishedAt retrievedAt language createdAt createdBy';
const EDGE = `id type from { ${ENTITY} } to { ${ENTITY} } validFrom validTo confidence status note retractedReason createdAt createdBy
  updatedAt updatedBy citations { id locator quote stance addedAt addedBy retractedReason retractedAt retractedBy source { ${SOURCE} } }`;
const FULL_SUBGRAPH = `truncated nodes { ${ENTITY} } edges { ${EDGE} } canvas`;

/** One hub neighborhood at the limits (depth 3, limit 2000) with the fullest selection a client can ask. */
export const HUB_AT_LIMITS = `query Hub($ids: [ID!]!) { neighborhood(ids: $ids, depth: ${QUERY_LIMITS.neighborhoodDepth}, limit: ${QUERY_LIMITS.neighborhoodLimit}) { ${FULL_SUBGRAPH} } }`;
const AT_LIMITS_COST = QUERY_LIMITS.neighborhoodDepth * QUERY_LIMITS.neighborhoodLimit;
/**
 * The costliest document the budget lets through: a hub neighborhood at the limits and, with what is left of the
 * budget, a second one-step hub neighborhood, both with the fullest selection.
 */
export const COSTLIEST_ALLOWED = `query Costliest($ids: [ID!]!) {
  a: neighborhood(ids: $ids, depth: ${QUERY_LIMITS.neighborhoodDepth}, limit: ${QUERY_LIMITS.neighborhoodLimit}) { ${FULL_SUBGRAPH} }
  b: neighborhood(ids: $ids, depth: 1, limit: ${Math.min(QUERY_LIMITS.neighborhoodLimit, QUERY_LIMITS.operationCost - AT_LIMITS_COST)}) { ${FULL_SUBGRAPH} }
}`;
const BETWEENNESS = `{ ranking(metric: BETWEENNESS, first: 20) { score entity { id name } } }`;
const STATS = { query: '{ stats { entities } }' };

/** The heavy cases of the benchmark, on its server and graph. */
export function heavyCases(post: Post, hub: string, write: () => Promise<unknown>): HeavyCase[] {
  const ids = [hub];
  return [
    { label: 'hub neighborhood at the limits, fullest selection', run: () => post({ query: HUB_AT_LIMITS, variables: { ids } }) },
    { label: 'ranking BETWEENNESS, cold after a write', before: write, run: () => post({ query: BETWEENNESS }) },
    { label: 'costliest document within the budget', run: () => post({ query: COSTLIEST_ALLOWED, variables: { ids } }) },
  ];
}

async function timed(send: () => Promise<Response>): Promise<number> {
  const t0 = performance.now();
  const res = await send();
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`probe answered HTTP ${res.status}`);
  return performance.now() - t0;
}

/** Sends one probe after another, each at least PROBE_EVERY_MS after the last one began, until `stop` is set. */
async function probeLoop(send: () => Promise<Response>, state: { stop: boolean }): Promise<{ max: number; count: number }> {
  let max = 0;
  let count = 0;
  while (!state.stop) {
    const started = performance.now();
    max = Math.max(max, await timed(send));
    count++;
    const rest = PROBE_EVERY_MS - (performance.now() - started);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
  return { max, count };
}

export async function measureLightWait(url: string, cases: HeavyCase[]): Promise<LightWait[]> {
  const healthz = () => fetch(`${url}/healthz`);
  const stats = () =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(STATS) });
  const out: LightWait[] = [];
  for (const c of cases) {
    await c.before?.();
    const state = { stop: false };
    const probes = Promise.all([probeLoop(healthz, state), probeLoop(stats, state)]);
    // Let the probes settle into their rhythm, so the first one is not timed against a cold connection.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const t0 = performance.now();
    try {
      await c.run();
    } finally {
      state.stop = true;
    }
    const heavyMs = performance.now() - t0;
    const [h, s] = await probes;
    out.push({ label: c.label, heavyMs, healthzMaxMs: h.max, statsMaxMs: s.max, probes: h.count + s.count });
    process.stdout.write(`  ${c.label}: took ${heavyMs.toFixed(0)} ms; longest light wait /healthz ${h.max.toFixed(0)} ms, stats ${s.max.toFixed(0)} ms\n`);
  }
  return out;
}

/** The figure judged against the target: the longest wait of any light request over every heavy case. */
export function longestLightWait(results: readonly LightWait[]): number {
  return Math.max(0, ...results.map((r) => Math.max(r.healthzMaxMs, r.statsMaxMs)));
}
