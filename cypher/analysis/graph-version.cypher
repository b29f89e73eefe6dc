// @name analysis/graph-version
// @mode read
// @params
// returns seq (the newest audit sequence, -1 when none), nodes and relationships: counts that move with every write
RETURN coalesce(COLLECT {
    MATCH (a:AuditEvent)
    WHERE a.seq IS NOT NULL
    RETURN a.seq
    ORDER BY a.seq DESC
    LIMIT 1
  }[0], -1) AS seq,
  COUNT { MATCH (n) } AS nodes,
  COUNT { MATCH ()-[r]->() } AS relationships
