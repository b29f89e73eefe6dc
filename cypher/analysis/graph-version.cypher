// @name analysis/graph-version
// @mode read
// @params
// returns seqs (the newest audit sequence, or none), nodes and relationships: values that move with every write
RETURN COLLECT {
    MATCH (a:AuditEvent)
    WHERE a.seq IS NOT NULL
    RETURN a.seq
    ORDER BY a.seq DESC
    LIMIT 1
  } AS seqs,
  COUNT { MATCH (n) } AS nodes,
  COUNT { MATCH ()-[r]->() } AS relationships
