// @name schema/create-session-id-constraint
// @mode write
// @params
// returns nothing; makes Session.idHash unique (and indexed) once
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.idHash IS UNIQUE
