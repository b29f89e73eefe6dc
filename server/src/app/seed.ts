// Seeding: the seed bundle is validated by the domain schemas and loaded through the store port, on first start only.
// A store that holds anything is never seeded over, so a restart keeps every user edit.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { seedOrigin } from '../domain/load-audit.ts';
import { graphBundleSchema, type GraphBundle } from '../domain/schemas.ts';
import { parseInput } from '../domain/validate.ts';
import type { BulkLoadResult, GraphStore } from '../ports/graph-store.ts';

export const SEED_ACTOR = 'seed';

export async function readBundle(file: string): Promise<GraphBundle> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new Error(`Cannot read seed file ${file}: ${reason} (set SEED_FILE, or SEED=none to start empty)`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Seed file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  try {
    return parseInput(graphBundleSchema, json);
  } catch (error) {
    throw new Error(`Seed file ${file} does not match the graph bundle schema: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Loads the bundle into an empty store; returns null (and loads nothing) when the store already holds data. Every
 * seeded record's history starts with one event naming the seed file.
 */
export async function seedIfEmpty(store: GraphStore, file: string): Promise<BulkLoadResult | null> {
  if (!(await store.isEmpty())) return null;
  return store.bulkLoad(await readBundle(file), SEED_ACTOR, seedOrigin(path.basename(file)));
}

export async function seedOnFirstStart(store: GraphStore, seed: Config['seed']): Promise<BulkLoadResult | null> {
  return seed.mode === 'auto' ? seedIfEmpty(store, seed.file) : null;
}
