// @name schema/create-source-id-constraint
// @mode write
// @params
// returns nothing; makes Source.id unique (and indexed) once
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE
