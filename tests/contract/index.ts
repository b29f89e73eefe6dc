// The GraphStore contract: one behavioural suite that every store adapter must pass, composed of one file per area
// (as graphology's spec suite is). It speaks only through the port, never SQL or Cypher, and compares sets wherever
// the port promises no order. A new area is a file in areas/ exporting `(ctx: ContractContext) => void`, listed here.
import { describe } from 'vitest';
import { auditContract } from './areas/audit.ts';
import { boundsContract } from './areas/bounds.ts';
import { bulkLoadContract } from './areas/bulk-load.ts';
import { bulkLoadManyContract } from './areas/bulk-load-many.ts';
import { concurrencyContract } from './areas/concurrency.ts';
import { copyingContract } from './areas/copying.ts';
import { edgesContract } from './areas/edges.ts';
import { entitiesContract } from './areas/entities.ts';
import { lifecycleContract } from './areas/lifecycle.ts';
import { mergeContract } from './areas/merge.ts';
import { neighborhoodContract } from './areas/neighborhood.ts';
import { pathsContract } from './areas/paths.ts';
import { searchContract } from './areas/search.ts';
import { sourcesContract } from './areas/sources.ts';
import { contractContext, type ContractContext, type OpenStore } from './context.ts';

export type { ContractContext, OpenStore } from './context.ts';

export const CONTRACT_AREAS: readonly ((ctx: ContractContext) => void)[] = [
  lifecycleContract,
  entitiesContract,
  sourcesContract,
  edgesContract,
  mergeContract,
  neighborhoodContract,
  pathsContract,
  searchContract,
  auditContract,
  bulkLoadContract,
  bulkLoadManyContract,
  copyingContract,
  concurrencyContract,
  boundsContract,
];

export function describeGraphStoreContract(name: string, open: OpenStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    const ctx = contractContext(open);
    for (const area of CONTRACT_AREAS) area(ctx);
  });
}
