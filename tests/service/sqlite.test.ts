// The GraphService input suite over the embedded store on a real SQLite file.
import { openSqliteTestStore } from '../fixtures/test-stores.ts';
import { describeGraphServiceSuite } from './graph-service-suite.ts';

describeGraphServiceSuite('sqlite', openSqliteTestStore);
