// The GraphService input suite over a real Neo4j 5, wherever NEO4J_URI points at one the tests may wipe; skipped,
// saying so, elsewhere.
import { describe } from 'vitest';
import { neo4jSkipReason, openNeo4jTestStore } from '../fixtures/test-stores.ts';
import { describeGraphServiceSuite } from './graph-service-suite.ts';

const skip = neo4jSkipReason('service');
if (skip) {
  console.info(skip);
  describe.skip(`GraphService input on Neo4j: ${skip.split('\n')[0]}`, () => undefined);
} else {
  describeGraphServiceSuite('neo4j', () => openNeo4jTestStore());
}
