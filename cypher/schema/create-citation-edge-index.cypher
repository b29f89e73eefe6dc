// @name schema/create-citation-edge-index
// @mode write
// @params
// returns nothing; indexes Citation.edgeId, the way every edge is found by its id and paged in id order
CREATE INDEX citation_edge_id IF NOT EXISTS FOR (c:Citation) ON (c.edgeId)
