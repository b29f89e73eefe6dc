// What every area of the GraphStore contract shares: the store under test (a fresh one per test), a way to open a
// second one, builders for the records most tests start from, and the checks that a failed write left nothing behind.
import { afterEach, beforeEach, expect } from 'vitest';
import { ValidationError } from '../../server/src/domain/errors.ts';
import { DEFAULT_EDGE_FILTER, edgeFilterSchema, type EdgeFilter } from '../../server/src/domain/schemas.ts';
import type { Edge, Entity, Source } from '../../server/src/domain/types.ts';
import type { GraphStore } from '../../server/src/ports/graph-store.ts';
import { edgeInput, entityInput, sourceInput } from '../fixtures/builders.ts';

export type OpenStore = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

export const ACTOR = 'contract-test';
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
export const filter = (f: Partial<Omit<EdgeFilter, symbol>> = {}): EdgeFilter => edgeFilterSchema.parse({ ...DEFAULT_EDGE_FILTER, ...f });
export const ids = (items: { id: string }[]) => new Set(items.map((i) => i.id));
export const sorted = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Everything a failed write must leave untouched. */
export async function snapshot(store: GraphStore) {
  return { stats: await store.stats(), audit: (await store.auditEvents(null, 10_000)).map((e) => e.id) };
}

export async function expectValidationError(promise: Promise<unknown>, path: (string | number)[]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues[0]?.path).toEqual(path);
}

export interface ContractContext {
  /** The store of the running test: opened empty before it, closed and removed after it. */
  readonly store: GraphStore;
  /** Opens another, separate empty store (e.g. to copy into); the caller cleans it up. */
  readonly open: OpenStore;
  source(overrides?: Partial<Parameters<typeof sourceInput>[0]>): Promise<Source>;
  entity(name: string, overrides?: Partial<Parameters<typeof entityInput>[0]>): Promise<Entity>;
  edge(from: string, to: string, sourceId: string, overrides?: Partial<Parameters<typeof edgeInput>[0]>): Promise<Edge>;
}

/** Registers the per-test store hooks in the calling `describe` and returns the context the areas read it through. */
export function contractContext(open: OpenStore): ContractContext {
  let current: { store: GraphStore; cleanup: () => Promise<void> } | null = null;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    await current?.cleanup();
    current = null;
  });
  const store = () => {
    if (!current) throw new Error('the contract store is only open inside a test');
    return current.store;
  };
  return {
    get store() {
      return store();
    },
    open,
    source: (overrides = {}) => store().createSource(sourceInput({ kind: 'report', title: 'A report', ...overrides }), ACTOR),
    entity: (name, overrides = {}) => store().createEntity(entityInput({ kind: 'organization', name, ...overrides }), ACTOR),
    edge: (from, to, sourceId, overrides = {}) =>
      store().addEdge(edgeInput({ type: 'MEMBER_OF', from, to, confidence: 'reported', citations: [{ sourceId }], ...overrides }), ACTOR),
  };
}
