-- Each entity's degree (its non-retracted edges, a loop counted once) kept on the row by every write that changes
-- edges, so reads no longer count a hub's edges over the indexes.
ALTER TABLE entities ADD COLUMN degree INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET degree =
  (SELECT count(*) FROM edges WHERE from_id = entities.id AND status != 'retracted')
  + (SELECT count(*) FROM edges WHERE to_id = entities.id AND from_id != entities.id AND status != 'retracted');
