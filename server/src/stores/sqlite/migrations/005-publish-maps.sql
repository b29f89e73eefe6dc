-- Saved maps: the searchable columns beside the whole map as JSON (positions, filters, annotations), soft-deleted.
CREATE TABLE maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  owner TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX maps_updated ON maps (updated_at DESC);
