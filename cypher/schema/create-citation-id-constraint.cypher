// @name schema/create-citation-id-constraint
// @mode write
// @params
// returns nothing; makes Citation.id unique (and indexed) once
CREATE CONSTRAINT citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE
