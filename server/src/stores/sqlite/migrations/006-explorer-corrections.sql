-- Corrections in place: a citation can be retracted (it stays, with its reason, and stops counting), and search
-- forgives typos through a trigram index over the entities' search keys, kept in step with the entities table by
-- triggers so every write path (single writes, merges, bulk loads, copies) keeps it current.
ALTER TABLE citations ADD COLUMN retracted_reason TEXT;
ALTER TABLE citations ADD COLUMN retracted_at TEXT;
ALTER TABLE citations ADD COLUMN retracted_by TEXT;

CREATE VIRTUAL TABLE entity_trigrams USING fts5 (
  search_keys,
  content = 'entities',
  content_rowid = 'rowid',
  tokenize = 'trigram'
);
INSERT INTO entity_trigrams (entity_trigrams) VALUES ('rebuild');

CREATE TRIGGER entity_trigrams_insert AFTER INSERT ON entities BEGIN
  INSERT INTO entity_trigrams (rowid, search_keys) VALUES (new.rowid, new.search_keys);
END;
CREATE TRIGGER entity_trigrams_delete AFTER DELETE ON entities BEGIN
  INSERT INTO entity_trigrams (entity_trigrams, rowid, search_keys) VALUES ('delete', old.rowid, old.search_keys);
END;
CREATE TRIGGER entity_trigrams_update AFTER UPDATE OF search_keys ON entities BEGIN
  INSERT INTO entity_trigrams (entity_trigrams, rowid, search_keys) VALUES ('delete', old.rowid, old.search_keys);
  INSERT INTO entity_trigrams (rowid, search_keys) VALUES (new.rowid, new.search_keys);
END;
