-- The search box sends a prefix on every keystroke ("Бек", "Zha"). Without prefix indexes FTS5 merges, for each query,
-- the lists of every word starting with that prefix: about 18,000 entries for a three-letter prefix on a graph of
-- 200,000 entities. Prefix indexes of two to four characters keep those merged lists ready; longer prefixes start
-- from a narrower range of words anyway. The index is contentless, so it is rebuilt here from the entity rows, exactly
-- as the bulk load builds it (names and aliases as written, plus the cross-script search keys).
DROP TABLE IF EXISTS entity_search_vocab;
DROP TABLE entity_search;
CREATE VIRTUAL TABLE entity_search USING fts5 (
  names,
  keys,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
CREATE VIRTUAL TABLE entity_search_vocab USING fts5vocab (entity_search, 'col');
INSERT INTO entity_search (rowid, names, keys)
  SELECT e.rowid,
    e.name || ' ' || coalesce((SELECT group_concat(a.value, ' ') FROM aliases a WHERE a.entity_id = e.id), ''),
    e.search_keys
  FROM entities e;
