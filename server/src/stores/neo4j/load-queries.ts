// Reads every `.cypher` file once at boot into a map keyed by `@name`. A missing file, an unknown or duplicate name or
// a bad header stops the boot with a message naming the file.
import { CYPHER_DIR, listCypherFiles, parseCypherFile, readCypherText, type CypherFile } from './cypher-file.ts';

/** Every query the store runs; each is `cypher/<name>.cypher`. */
export const QUERY_NAMES = [
  'schema/create-entity-id-constraint',
  'schema/create-source-id-constraint',
  'schema/create-citation-id-constraint',
  'schema/create-audit-event-id-constraint',
  'schema/create-citation-edge-index',
  'schema/create-audit-event-target-index',
  'schema/create-audit-event-seq-index',
  'schema/create-entity-search-index',
  'schema/create-account-name-constraint',
  'schema/create-account-token-index',
  'schema/create-session-id-constraint',
  'schema/create-session-account-index',
  'schema/create-session-last-seen-index',
  'schema/create-map-id-constraint',
  'schema/create-map-updated-index',
  'schema/await-indexes',
  'entity/get-entities',
  'entity/search-entities',
  'entity/replace-entity',
  'entity/delete-entity',
  'entity/page-entities',
  'entity/lock-entities',
  'edge/get-edges',
  'edge/set-edge-status',
  'edge/move-outgoing-edges',
  'edge/move-incoming-edges',
  'edge/page-edges',
  'edge/lock-edge',
  'edge/lock-edges-of',
  'citation/set-edge-from',
  'source/get-sources',
  'source/list-sources',
  'source/page-sources',
  'graph/is-empty',
  'graph/count-all',
  'graph/existing-entities',
  'graph/frontier-neighbors',
  'graph/neighbor-lists',
  'graph/degree-bounds',
  'graph/hop-edges',
  'graph/edges-among',
  'graph/delete-batch',
  'audit/list-history',
  'audit/page-events',
  'audit/last-seq',
  'bulk/create-entities',
  'bulk/create-sources',
  'bulk/create-edges',
  'bulk/create-citations',
  'bulk/create-audit-events',
  'account/count-accounts',
  'account/get-account',
  'account/get-account-by-token',
  'account/list-accounts',
  'account/create-account',
  'account/set-account',
  'session/create-session',
  'session/find-session',
  'session/touch-session',
  'session/delete-session',
  'session/delete-account-sessions',
  'session/delete-idle-sessions',
  'correction/update-edge',
  'correction/retract-citation',
  'correction/similar-entities',
  'map/lock-map',
  'map/list-maps',
  'map/get-map',
  'map/create-map',
  'map/replace-map',
  'migration/mark-copy-started',
  'migration/mark-copy-finished',
  'migration/find-unfinished-copy',
  'analysis/graph-version',
  'analysis/page-entity-kinds',
  'analysis/page-edge-ends',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** The schema statements, applied in this order at every start (each is `IF NOT EXISTS`). */
export const SCHEMA_QUERIES = QUERY_NAMES.filter((n): n is Extract<QueryName, `schema/create-${string}`> => n.startsWith('schema/create-'));

export type QueryMap = Readonly<Record<QueryName, CypherFile>>;

export class QueryLoadError extends Error {
  override name = 'QueryLoadError';
}

export function loadQueries(dir: string = CYPHER_DIR): QueryMap {
  const known = new Set<string>(QUERY_NAMES);
  const problems: string[] = [];
  let onDisk: string[];
  try {
    onDisk = listCypherFiles(dir);
  } catch (error) {
    throw new QueryLoadError(`Cannot read the Cypher directory ${dir}: ${(error as Error).message}`);
  }
  const byName = new Map<string, CypherFile>();
  for (const rel of onDisk) {
    const parsed = parseCypherFile(readCypherText(dir, rel), rel);
    if ('problems' in parsed) {
      problems.push(...parsed.problems.map((p) => `${rel}.cypher:${p.line}: ${p.message}`));
      continue;
    }
    const { name } = parsed.file;
    if (!known.has(name)) problems.push(`${rel}.cypher: unknown query name "${name}" (add it to QUERY_NAMES or remove the file)`);
    else if (byName.has(name)) problems.push(`${rel}.cypher: duplicate query name "${name}"`);
    else byName.set(name, parsed.file);
  }
  for (const name of QUERY_NAMES) {
    if (!byName.has(name) && !problems.some((p) => p.startsWith(`${name}.cypher`))) problems.push(`${name}.cypher: missing file`);
  }
  if (problems.length > 0) {
    throw new QueryLoadError(`The Cypher queries in ${dir} are not usable:\n  ${problems.join('\n  ')}`);
  }
  return Object.fromEntries(byName) as QueryMap;
}
