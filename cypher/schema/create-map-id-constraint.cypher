// @name schema/create-map-id-constraint
// @mode write
// @params
// returns nothing; makes SavedMap.id unique (and indexed) once
CREATE CONSTRAINT saved_map_id IF NOT EXISTS FOR (m:SavedMap) REQUIRE m.id IS UNIQUE
