-- Path search reads only the far end of each edge touching a node. With from_id beside to_id this index answers the
-- incoming side from the index alone, as edges_from_to does the outgoing side; it replaces edges_to, which it also
-- serves (lookups and degree counts by to_id), so the index count stays the same.
DROP INDEX IF EXISTS edges_to;
CREATE INDEX edges_to_from ON edges (to_id, from_id, status);
