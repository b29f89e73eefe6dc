-- The canvas draws each citation of a relationship as its id, source and stance. Kept on the relationship's own row
-- as a JSON array of [id, source_id, stance] in the order the citations were added, a view reads them with its
-- relationships: looking up the citations of every relationship in view again took about as long as reading the
-- relationships themselves (5 to 7 ms of a hub's 1-hop view of 1,000 relationships on a graph of a million).
-- The citations table stays the record. A citation added on its own is appended to its relationship's summary in the
-- same statement; a bulk load writes each summary with its row instead (bulk-load.ts, in the form of rows.ts's
-- citationSummaryJson). Citations are never edited or removed (a wrong one is retracted and stays on the record), and
-- the schema refuses both, so a summary cannot fall out of step with its citations.
-- Stored SQL avoids newer syntax (an aggregate's own ORDER BY) so older sqlite3 shells can still open the file.
ALTER TABLE edges ADD COLUMN citation_summary TEXT NOT NULL DEFAULT '[]';
UPDATE edges SET citation_summary = (
  SELECT json_group_array(json_array(c.id, c.source_id, c.stance) ORDER BY c.rowid) FROM citations c WHERE c.edge_id = edges.id
);
CREATE TRIGGER citation_summary_append AFTER INSERT ON citations BEGIN
  UPDATE edges SET citation_summary = json_insert(citation_summary, '$[#]', json_array(NEW.id, NEW.source_id, NEW.stance))
  WHERE id = NEW.edge_id;
END;
CREATE TRIGGER citation_summary_fixed BEFORE UPDATE OF id, edge_id, source_id, stance ON citations BEGIN
  SELECT RAISE(ABORT, 'a citation''s id, relationship, source and stance cannot change; retract it instead');
END;
CREATE TRIGGER citation_summary_kept BEFORE DELETE ON citations BEGIN
  SELECT RAISE(ABORT, 'citations are retracted, not deleted');
END;
-- Citations are still found by relationship for full records; the canvas no longer reads them, so that index need not
-- hold the canvas's columns (migration 011).
CREATE INDEX IF NOT EXISTS citations_edge ON citations (edge_id);
DROP INDEX IF EXISTS citations_edge_canvas;
