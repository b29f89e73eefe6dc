// @name graph/delete-batch
// @mode write
// @params batch
// returns deleted: how many nodes (with their relationships) of at most batch were removed; 0 once the graph is empty
MATCH (n)
WITH n
LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
