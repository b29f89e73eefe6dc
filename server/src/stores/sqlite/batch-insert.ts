// Inserts for a bulk load, many rows per statement: one statement step per ROWS rows instead of one per row roughly
// halves the cost of writing a million rows. The SQL is built from the fixed table and column names given in code and
// `?` placeholders only; every value is bound as a parameter.
import type { Database, Statement } from 'better-sqlite3';

const ROWS = 64;
/** SQLite binds values, never names: a table or column name must be a plain identifier written in code. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export class BatchInsert<T> {
  private readonly many: Statement;
  private readonly one: Statement;
  private readonly params: unknown[];
  private pending = 0;

  constructor(
    db: Database,
    table: string,
    private readonly columns: readonly string[],
    /** `row`'s values, in `columns` order. */
    private readonly values: (row: T) => readonly unknown[],
  ) {
    for (const name of [table, ...columns]) {
      if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
    }
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = db.prepare(head + Array.from({ length: ROWS }, () => tuple).join(', '));
    this.one = db.prepare(head + tuple);
    this.params = new Array<unknown>(ROWS * columns.length);
  }

  add(row: T): void {
    const values = this.values(row);
    if (values.length !== this.columns.length) throw new Error(`${values.length} values for ${this.columns.length} columns`);
    const at = this.pending * this.columns.length;
    for (let i = 0; i < values.length; i++) this.params[at + i] = values[i];
    if (++this.pending === ROWS) {
      this.many.run(this.params);
      this.pending = 0;
    }
  }

  /** Writes the rows still held; call before anything reads the table. */
  flush(): void {
    const width = this.columns.length;
    for (let i = 0; i < this.pending; i++) this.one.run(this.params.slice(i * width, (i + 1) * width));
    this.pending = 0;
  }
}
