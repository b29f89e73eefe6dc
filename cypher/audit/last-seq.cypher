// @name audit/last-seq
// @mode read
// @params
// returns seq: the highest audit sequence number so far, -1 when the log is empty (read from the end of the seq index, not by aggregating every event)
RETURN coalesce(head(COLLECT {
    MATCH (a:AuditEvent)
    WHERE a.seq IS NOT NULL
    RETURN a.seq
    ORDER BY a.seq DESC
    LIMIT 1
  }), -1) AS seq
