-- The canvas draws each citation as its id, stance and source; with those columns in the index that finds a
-- relationship's citations, a view's citations are read from the index alone (about half the time of reading their
-- rows for a hub's view of 2,500 relationships). It serves every other lookup by relationship as well, so it replaces
-- the narrower citations_edge instead of adding one more index to every bulk load.
CREATE INDEX IF NOT EXISTS citations_edge_canvas ON citations (edge_id, stance, source_id, id);
DROP INDEX IF EXISTS citations_edge;
