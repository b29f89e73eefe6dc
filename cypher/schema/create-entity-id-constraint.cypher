// @name schema/create-entity-id-constraint
// @mode write
// @params
// returns nothing; makes Entity.id unique (and indexed) once
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
