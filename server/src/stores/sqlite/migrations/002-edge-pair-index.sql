-- Reading the edges between a node and a set of nodes seeks (from_id, to_id) pairs instead of scanning every outgoing
-- edge of a hub. The new index leads with from_id, so it also serves everything edges_from served (traversal from the
-- source end, index-only degree counts); replacing rather than adding keeps the index count, and bulk-load cost, equal.
DROP INDEX IF EXISTS edges_from;
CREATE INDEX edges_from_to ON edges (from_id, to_id, status);
