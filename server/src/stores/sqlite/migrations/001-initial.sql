-- The graph: entities with their aliases, evidence-backed edges, sources, citations and the append-only audit log.
-- Text ids are the public identity; integer rowids exist only so the full-text index can point at entities.

CREATE TABLE entities (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  search_keys TEXT NOT NULL,
  description TEXT,
  start_date TEXT,
  end_date TEXT,
  sensitivity TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE INDEX entities_name_key ON entities (name_key);

CREATE TABLE aliases (
  rowid INTEGER PRIMARY KEY,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  value TEXT NOT NULL,
  lang TEXT,
  key TEXT NOT NULL
);
CREATE INDEX aliases_entity ON aliases (entity_id);
CREATE INDEX aliases_key ON aliases (key);

-- part_of is checked by the store rather than by a foreign key, so sources can be copied between stores page by page
-- in id order even when a footnote's id sorts before its report's.
CREATE TABLE sources (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  author TEXT,
  publisher TEXT,
  url TEXT,
  published_at TEXT,
  retrieved_at TEXT,
  language TEXT,
  sensitivity TEXT NOT NULL CHECK (sensitivity IN ('public', 'restricted')),
  part_of TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

CREATE TABLE edges (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  from_id TEXT NOT NULL REFERENCES entities (id),
  to_id TEXT NOT NULL REFERENCES entities (id),
  valid_from TEXT,
  valid_to TEXT,
  confidence TEXT NOT NULL CHECK (confidence IN ('confirmed', 'reported', 'alleged')),
  status TEXT NOT NULL CHECK (status IN ('active', 'contested', 'retracted')),
  note TEXT,
  retracted_reason TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
-- (end, status) serves traversal from either end and makes degree counts index-only.
CREATE INDEX edges_from ON edges (from_id, status);
CREATE INDEX edges_to ON edges (to_id, status);
CREATE INDEX edges_type ON edges (type);

CREATE TABLE citations (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  edge_id TEXT NOT NULL REFERENCES edges (id),
  source_id TEXT NOT NULL REFERENCES sources (id),
  locator TEXT,
  quote TEXT,
  stance TEXT NOT NULL CHECK (stance IN ('supports', 'disputes')),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
);
CREATE INDEX citations_edge ON citations (edge_id);
CREATE INDEX citations_source ON citations (source_id);

CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_events_target ON audit_events (target_id, seq);

-- Names and aliases as written (so Cyrillic prefixes match) plus the cross-script search keys; rowid = entities.rowid.
CREATE VIRTUAL TABLE entity_search USING fts5 (
  names,
  keys,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
