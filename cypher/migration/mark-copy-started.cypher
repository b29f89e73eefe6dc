// @name migration/mark-copy-started
// @mode write
// @params source, at
// returns startedAt: when the copy into this database began; the marker stays until the last batch has committed
MERGE (m:UnfinishedCopy {id: 'migration'})
SET m.source = $source, m.startedAt = $at
RETURN m.startedAt AS startedAt
