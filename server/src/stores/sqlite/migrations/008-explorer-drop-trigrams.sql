-- A first form of 006-explorer-corrections kept a trigram index of every entity's search keys, updated by triggers; it made bulk loads
-- much slower and is replaced by the word index's own vocabulary. Databases that applied that form lose it here.
DROP TRIGGER IF EXISTS entity_trigrams_insert;
DROP TRIGGER IF EXISTS entity_trigrams_delete;
DROP TRIGGER IF EXISTS entity_trigrams_update;
DROP TABLE IF EXISTS entity_trigrams;
CREATE VIRTUAL TABLE IF NOT EXISTS entity_search_vocab USING fts5vocab (entity_search, 'col');
