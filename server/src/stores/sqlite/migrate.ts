// Applies the numbered migrations in ./migrations/ that the database has not seen yet, each in its own transaction,
// and records them in `schema_migrations`. Opening an existing file only ever moves it forward; it never re-seeds.
import { readFileSync, readdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d+)-[a-z0-9-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .flatMap((file) => {
      const m = MIGRATION_FILE.exec(file);
      return m ? [{ version: Number(m[1]), name: file, sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Returns the versions applied by this call (empty when the database was already current). */
export function migrate(db: Database): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of readMigrations()) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    done.push(migration.version);
  }
  return done;
}
