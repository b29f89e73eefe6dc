-- Corrections in place: a citation can be retracted (it stays, with its reason, and stops counting). Search forgives
-- typos by looking close spellings up in the vocabulary of the word index it already has (fts5vocab reads the index
-- itself: nothing is stored, and no write or bulk load pays for it).
ALTER TABLE citations ADD COLUMN retracted_reason TEXT;
ALTER TABLE citations ADD COLUMN retracted_at TEXT;
ALTER TABLE citations ADD COLUMN retracted_by TEXT;

CREATE VIRTUAL TABLE entity_search_vocab USING fts5vocab (entity_search, 'col');
