-- Accounts, sign-in sessions and personal API tokens of a team server. Secrets are stored only as hashes.
CREATE TABLE accounts (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  restricted_access INTEGER NOT NULL DEFAULT 0 CHECK (restricted_access IN (0, 1)),
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  password_hash TEXT NOT NULL,
  token_hash TEXT UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  account_name TEXT NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_name);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);
