// Opens the driver and runs the loaded `.cypher` queries by name inside managed transactions: one read or write
// transaction per port call, with driver values already plain (no Integer) and failures already domain errors.
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain/errors.ts';
import { toDomainError } from './driver-errors.ts';
import type { QueryMap, QueryName } from './load-queries.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type Row = Record<string, unknown>;

/** What a transaction callback gets: run a named query with its parameters. */
export interface CypherTx {
  run(name: QueryName, params?: Row): Promise<Row[]>;
}

/** LIMIT and SKIP take integers; a JS number would travel as a float. */
export const integer = (value: number) => neo4j.int(value);

/**
 * The cursor of a keyset page: the last id of the page before, or "" for the first page, since every id sorts after
 * the empty string. A pager compares only (`e.id > $afterId`): with `$afterId IS NULL OR ...` the planner cannot seek
 * the id index and reads every node of the label on each page, so paging a whole graph grew with its square.
 */
export const pageCursor = (afterId: string | null) => afterId ?? '';

// Bounded so that a missing or unreachable server fails within seconds instead of the driver's 30 s of retries.
const DRIVER_CONFIG = {
  disableLosslessIntegers: true,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 5_000,
};

export async function connect(options: Neo4jConnection): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), DRIVER_CONFIG);
  } catch (error) {
    throw new StoreUnavailableError(`Neo4j at ${options.uri} is not reachable: ${(error as Error).message}`, { cause: error });
  }
  try {
    await driver.verifyConnectivity({ database: options.database });
    return driver;
  } catch (error) {
    await driver.close().catch(() => undefined);
    // The driver appends its whole routing table to discovery failures; the first sentences say what went wrong.
    const reason = (error as Error).message.split(' Known routing table')[0];
    throw new StoreUnavailableError(`Neo4j at ${options.uri} is not reachable: ${reason}`, { cause: error });
  }
}

export class CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly queries: QueryMap,
  ) {}

  private txOf(tx: ManagedTransaction, allowWrites: boolean): CypherTx {
    return {
      run: async (name, params = {}) => {
        const query = this.queries[name];
        if (query.mode === 'write' && !allowWrites) throw new Error(`${name} writes and cannot run in a read transaction`);
        const missing = query.params.filter((p) => !(p in params));
        if (missing.length > 0) throw new Error(`${name} needs the parameter(s) ${missing.join(', ')}`);
        const result = await tx.run(query.statement, params);
        return result.records.map((r) => r.toObject() as Row);
      },
    };
  }

  async read<T>(fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      return await session.executeRead((tx) => fn(this.txOf(tx, false)));
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session?.close();
    }
  }

  /** One write transaction: everything `fn` runs commits together or not at all. */
  async write<T>(fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      return await session.executeWrite((tx) => fn(this.txOf(tx, true)));
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session?.close();
    }
  }

  /** Schema statements cannot share a transaction with data writes; each runs on its own. */
  async schema(name: QueryName): Promise<void> {
    await this.write((tx) => tx.run(name));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
